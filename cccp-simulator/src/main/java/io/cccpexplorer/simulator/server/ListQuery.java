package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.objects.ProtocolList;
import io.cccpexplorer.simulator.db.DbList;
import io.cccpexplorer.simulator.query.filter.Filter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A live {@code query_list}: the members of one database list that pass the filter (and the time window), sent
 * as a snapshot, then one {@code list_response} per change: action 1 when an object enters (inserted, or now
 * passing), 2 when it stops passing or leaves the window, 3 when it is removed from the list (wire spec §4.2).
 * The membership itself lives in a {@link ListView}, shared with every unwindowed query for the same list and filter.
 */
final class ListQuery implements LiveQuery {

    private final QueryHub hub;
    private final Outbox outbox;
    private final int sessionId;
    private final int systemId;
    private final DbList list;
    private final Filter filter;
    private final String windowField;
    private final long windowSeconds;
    private final ZoneOffset offset;
    private ListView view;
    private boolean stopped;

    ListQuery(QueryHub hub, Outbox outbox, int sessionId, int systemId, DbList list, Filter filter,
              String windowField, int windowDuration, ZoneOffset offset) {
        this.hub = hub;
        this.outbox = outbox;
        this.sessionId = sessionId;
        this.systemId = systemId;
        this.list = list;
        this.filter = filter;
        this.windowField = windowField;
        this.windowSeconds = Integer.toUnsignedLong(windowDuration);
        this.offset = offset;
    }

    @Override
    public int systemId() {
        return systemId;
    }

    boolean isWindowed() {
        return !windowField.isEmpty();
    }

    Outbox outbox() {
        return outbox;
    }

    /** What shares this query's membership: null when it must have its own (a time window). */
    ListView.Key key() {
        return isWindowed() ? null : new ListView.Key(list, filter.source());
    }

    /** A new view for this query's list, filter and window. */
    ListView newView() {
        return new ListView(list, filter, windowField, windowSeconds, offset);
    }

    /** Joins the view and sends the snapshot (with the connection's next flush): every passing member with its rank. */
    void start(Instant now) {
        view = hub.subscribe(this, now);
        outbox.send(new ListResponse(sessionId, systemId, new ProtocolList(view.snapshot())));
    }

    /** The view's membership changed: one {@code list_response} per change, in order. */
    void push(List<ProtocolList> changes) {
        if (stopped) {
            return;
        }
        for (ProtocolList change : changes) {
            outbox.send(new ListResponse(sessionId, systemId, change));
        }
        hub.touched(outbox);
    }

    @Override
    public void stop() {
        if (!stopped && view != null) {
            stopped = true;
            hub.unsubscribe(this, view);
        }
    }

    @Override
    public String toString() {
        return "ListQuery[" + outbox.name() + " session=" + sessionId + " system_id="
                + Integer.toUnsignedString(systemId)
                + " " + list + " " + filter + "]";
    }
}
