package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.explorer.ObjectResponse;
import io.cccpexplorer.protocol.objects.ObjectValue;
import io.cccpexplorer.protocol.objects.ProtocolObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A live {@code query_object}: all leaves of the format at once, then, whenever an object the format reached
 * changes, only the leaves whose value changed. Silent once the object is deleted (wire spec §4.2). The
 * evaluation itself lives in an {@link ObjectView} shared with every query for the same object and format.
 */
final class ObjectQuery implements LiveQuery {

    private final QueryHub hub;
    private final Outbox outbox;
    private final int sessionId;
    private final int systemId;
    private final ObjectView.Key key;
    private final int listSystemId;
    private boolean stopped;

    ObjectQuery(QueryHub hub, Outbox outbox, int sessionId, int systemId, ObjectView.Key key, int listSystemId) {
        this.hub = hub;
        this.outbox = outbox;
        this.sessionId = sessionId;
        this.systemId = systemId;
        this.key = key;
        this.listSystemId = listSystemId;
    }

    @Override
    public int systemId() {
        return systemId;
    }

    ObjectView.Key key() {
        return key;
    }

    /** Joins the view and sends every leaf that has a value (sent with the connection's next flush). */
    void start() {
        ObjectView view = hub.subscribe(this);
        List<ObjectValue> values = new ArrayList<>(view.values().size());
        view.values().forEach((index, value) -> values.add(new ObjectValue(index, value)));
        outbox.send(new ObjectResponse(sessionId, systemId, new ProtocolObject(values), listSystemId));
    }

    /** The view changed: send the leaves that differ (the same delta object for every subscriber). */
    void push(ProtocolObject delta) {
        if (!stopped) {
            outbox.send(new ObjectResponse(sessionId, systemId, delta, listSystemId));
            hub.touched(outbox);
        }
    }

    @Override
    public void stop() {
        if (!stopped) {
            stopped = true;
            hub.unsubscribe(this);
        }
    }

    @Override
    public String toString() {
        return "ObjectQuery[" + outbox.name() + " session=" + sessionId + " system_id="
                + Integer.toUnsignedString(systemId)
                + " " + key.target() + " format=" + key.format().formatId() + "]";
    }
}
