package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.explorer.ObjectResponse;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.objects.ObjectValue;
import io.cccpexplorer.protocol.objects.ProtocolObject;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.query.FormatEvaluator;
import io.cccpexplorer.simulator.query.RecordingVisits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A live {@code query_object}: all leaves of the format at once, then, whenever an object the format reached
 * changes, only the leaves whose value changed. Silent once the object is deleted (wire spec §4.2).
 */
final class ObjectQuery implements LiveQuery {

    private final QueryHub hub;
    private final Outbox outbox;
    private final int sessionId;
    private final int systemId;
    private final DbObject target;
    private final ObjectFormat format;
    private final int listSystemId;
    private final Map<Integer, FieldValue> sent = new HashMap<>();
    private boolean stopped;

    ObjectQuery(QueryHub hub, Outbox outbox, int sessionId, int systemId, DbObject target, ObjectFormat format,
                int listSystemId) {
        this.hub = hub;
        this.outbox = outbox;
        this.sessionId = sessionId;
        this.systemId = systemId;
        this.target = target;
        this.format = format;
        this.listSystemId = listSystemId;
    }

    @Override
    public int systemId() {
        return systemId;
    }

    /** Sends every leaf that has a value. */
    void start() {
        List<ObjectValue> values = new ArrayList<>();
        evaluate().forEach((index, value) -> {
            sent.put(index, value);
            values.add(new ObjectValue(index, value));
        });
        outbox.sendNow(new ObjectResponse(sessionId, systemId, new ProtocolObject(values), listSystemId));
    }

    /** Something this query depends on changed: send the leaves that differ from what the client has. */
    void refresh() {
        if (stopped) {
            return;
        }
        if (target.isDeleted()) {
            stop();   // the vendor sends nothing when the object goes; nothing more can change
            return;
        }
        Map<Integer, FieldValue> now = evaluate();
        List<ObjectValue> delta = new ArrayList<>();
        now.forEach((index, value) -> {
            if (!Objects.equals(sent.get(index), value)) {
                delta.add(new ObjectValue(index, value));
            }
        });
        // a leaf that vanished (e.g. a reference became null) cannot be sent; forget it so its return is sent
        sent.keySet().retainAll(now.keySet());
        sent.putAll(now);
        if (!delta.isEmpty()) {
            outbox.send(new ObjectResponse(sessionId, systemId, new ProtocolObject(delta), listSystemId));
            hub.touched(outbox);
        }
    }

    private Map<Integer, FieldValue> evaluate() {
        RecordingVisits visits = new RecordingVisits();
        visits.visit(target);
        Map<Integer, FieldValue> values = FormatEvaluator.evaluate(format, target, visits);
        Set<DbObject> deps = visits.visited();
        hub.track(this, deps);
        return values;
    }

    @Override
    public void stop() {
        stopped = true;
        hub.remove(this);
    }

    @Override
    public String toString() {
        return "ObjectQuery[" + outbox.name() + " session=" + sessionId + " system_id=" + Integer.toUnsignedString(systemId)
                + " " + target + " format=" + format.formatId() + "]";
    }
}
