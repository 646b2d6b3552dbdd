package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.objects.ListItem;
import io.cccpexplorer.protocol.objects.ProtocolList;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.db.DatabaseChange;
import io.cccpexplorer.simulator.db.DbList;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.query.Dependents;
import io.cccpexplorer.simulator.query.RecordingVisits;
import io.cccpexplorer.simulator.query.filter.Filter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A live {@code query_list}: the members of one database list that pass the filter (and the time window), sent
 * as a snapshot, then one {@code list_response} per change: action 1 when an object enters (inserted, or now
 * passing), 2 when it stops passing or leaves the window, 3 when it is removed from the list (wire spec §4.2).
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
    private final Set<DbObject> visible = new HashSet<>();
    private final Dependents<DbObject> members = new Dependents<>();
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

    /** Sends the snapshot: every passing member with its rank, possibly none. */
    void start(Instant now) {
        List<ListItem> items = new ArrayList<>();
        List<DbObject> all = list.items();
        for (int rank = 0; rank < all.size(); rank++) {
            DbObject member = all.get(rank);
            if (evaluate(member, now)) {
                visible.add(member);
                items.add(ListItem.added(member.id(), rank));
            }
        }
        outbox.sendNow(new ListResponse(sessionId, systemId, new ProtocolList(items)));
    }

    /** Reacts to one committed batch: list changes in order, then members whose objects changed. */
    void onCommit(List<DatabaseChange> changes, Set<DbObject> changed, Instant now) {
        if (stopped) {
            return;
        }
        for (DatabaseChange change : changes) {
            if (change instanceof DatabaseChange.ItemInserted in && in.list() == list) {
                if (in.item().ownerList() == list && evaluate(in.item(), now) && visible.add(in.item())) {
                    send(ListItem.ADDED, in.item(), list.indexOf(in.item()));
                }
            } else if (change instanceof DatabaseChange.ItemRemoved out && out.list() == list) {
                members.forget(out.item());
                if (visible.remove(out.item())) {
                    send(ListItem.REMOVED, out.item(), out.rank());
                }
            }
        }
        if (filter == Filter.ALL && !isWindowed()) {
            return;   // membership cannot depend on field values
        }
        Set<DbObject> affected = new HashSet<>();
        members.collect(changed, affected);
        for (DbObject member : affected) {
            if (member.ownerList() == list) {
                recheck(member, now);
            }
        }
    }

    /** Time passed: members may have left the window. */
    void onTick(Instant now) {
        if (stopped || !isWindowed()) {
            return;
        }
        for (DbObject member : list.items()) {
            recheck(member, now);
        }
    }

    private void recheck(DbObject member, Instant now) {
        boolean passes = evaluate(member, now);
        if (passes && visible.add(member)) {
            send(ListItem.ADDED, member, list.indexOf(member));
        } else if (!passes && visible.remove(member)) {
            send(ListItem.FILTERED_OUT, member, list.indexOf(member));
        }
    }

    private boolean evaluate(DbObject member, Instant now) {
        if (filter == Filter.ALL && !isWindowed()) {
            return true;
        }
        RecordingVisits visits = new RecordingVisits();
        boolean passes = filter.matches(member, offset, visits) && inWindow(member, now);
        visits.visit(member);
        members.track(member, visits.visited());
        return passes;
    }

    /** Inferred: a member whose window field is unknown, not a date or nil is outside the window. */
    private boolean inWindow(DbObject member, Instant now) {
        if (!isWindowed()) {
            return true;
        }
        var field = member.classDef().field(windowField);
        if (field == null || !(member.get(field) instanceof CccpDate date) || date.isNil()) {
            return false;
        }
        return now.getEpochSecond() - date.seconds() <= windowSeconds;
    }

    private void send(int action, DbObject member, int rank) {
        ListItem item = new ListItem(action, null, member.id(), Math.max(rank, 0));
        outbox.send(new ListResponse(sessionId, systemId, new ProtocolList(List.of(item))));
        hub.touched(outbox);
    }

    @Override
    public void stop() {
        stopped = true;
        hub.remove(this);
    }

    @Override
    public String toString() {
        return "ListQuery[" + outbox.name() + " session=" + sessionId + " system_id=" + Integer.toUnsignedString(systemId)
                + " " + list + " " + filter + "]";
    }
}
