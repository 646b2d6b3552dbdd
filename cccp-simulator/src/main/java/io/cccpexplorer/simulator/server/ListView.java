package io.cccpexplorer.simulator.server;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The members of one database list that pass one filter (and time window), kept up to date once per commit for
 * every live {@code query_list} asking for the same thing: 50 dashboards on the agents list cost one filter
 * evaluation per changed member, not 50. Each change becomes one single-item {@link ProtocolList} (action 1
 * entered, 2 no longer passes or left the window, 3 removed from the list, wire spec §4.2) that every subscriber
 * sends as is. Windowed views are never shared: their membership depends on when they were last checked.
 * Confined to the project's database thread.
 */
final class ListView {

    /** What identifies a shareable (unwindowed) view; a filter is identified by its source text. */
    record Key(DbList list, String filter) {
    }

    private final DbList list;
    private final Filter filter;
    private final String windowField;
    private final long windowSeconds;
    private final ZoneOffset offset;
    private final Set<DbObject> visible = new HashSet<>();
    private final Dependents<DbObject> members = new Dependents<>();
    private final Set<ListQuery> subscribers = new LinkedHashSet<>();

    ListView(DbList list, Filter filter, String windowField, long windowSeconds, ZoneOffset offset) {
        this.list = list;
        this.filter = filter;
        this.windowField = windowField;
        this.windowSeconds = windowSeconds;
        this.offset = offset;
    }

    boolean isWindowed() {
        return !windowField.isEmpty();
    }

    /** Evaluates every member once, when the view is created. */
    void evaluateAll(Instant now) {
        for (DbObject member : list.items()) {
            if (evaluate(member, now)) {
                visible.add(member);
            }
        }
    }

    /** Every passing member with its current rank, for a subscriber's snapshot. */
    List<ListItem> snapshot() {
        List<ListItem> items = new ArrayList<>();
        List<DbObject> all = list.items();
        for (int rank = 0; rank < all.size(); rank++) {
            DbObject member = all.get(rank);
            if (visible.contains(member)) {
                items.add(ListItem.added(member.id(), rank));
            }
        }
        return items;
    }

    /** Reacts to one committed batch: list changes in order, then members whose objects changed. */
    List<ProtocolList> onCommit(List<DatabaseChange> changes, Set<DbObject> changed, Instant now) {
        List<ProtocolList> out = new ArrayList<>();
        for (DatabaseChange change : changes) {
            if (change instanceof DatabaseChange.ItemInserted in && in.list() == list) {
                if (in.item().ownerList() == list && evaluate(in.item(), now) && visible.add(in.item())) {
                    out.add(item(ListItem.ADDED, in.item(), list.indexOf(in.item())));
                }
            } else if (change instanceof DatabaseChange.ItemRemoved removed && removed.list() == list) {
                members.forget(removed.item());
                if (visible.remove(removed.item())) {
                    out.add(item(ListItem.REMOVED, removed.item(), removed.rank()));
                }
            }
        }
        if (filter == Filter.ALL && !isWindowed()) {
            return out;   // membership cannot depend on field values
        }
        Set<DbObject> affected = new LinkedHashSet<>();
        members.collect(changed, affected);
        for (DbObject member : affected) {
            if (member.ownerList() == list) {
                recheck(member, now, out);
            }
        }
        return out;
    }

    /** Time passed: members may have left the window. */
    List<ProtocolList> onTick(Instant now) {
        List<ProtocolList> out = new ArrayList<>();
        if (isWindowed()) {
            for (DbObject member : list.items()) {
                recheck(member, now, out);
            }
        }
        return out;
    }

    private void recheck(DbObject member, Instant now, List<ProtocolList> out) {
        boolean passes = evaluate(member, now);
        if (passes && visible.add(member)) {
            out.add(item(ListItem.ADDED, member, list.indexOf(member)));
        } else if (!passes && visible.remove(member)) {
            out.add(item(ListItem.FILTERED_OUT, member, list.indexOf(member)));
        }
    }

    private static ProtocolList item(int action, DbObject member, int rank) {
        return new ProtocolList(List.of(new ListItem(action, null, member.id(), Math.max(rank, 0))));
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

    void subscribe(ListQuery q) {
        subscribers.add(q);
    }

    /** Returns true when nobody holds the view any more. */
    boolean unsubscribe(ListQuery q) {
        subscribers.remove(q);
        return subscribers.isEmpty();
    }

    /** A copy: subscribers may stop while being notified. */
    List<ListQuery> subscribers() {
        return new ArrayList<>(subscribers);
    }

    @Override
    public String toString() {
        String window = isWindowed() ? " window " + windowField + " " + windowSeconds + " s" : "";
        return "ListView[" + list + " " + filter + window + "]";
    }
}
