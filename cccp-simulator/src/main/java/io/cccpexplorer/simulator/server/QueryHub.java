package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.objects.ListItem;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.objects.ProtocolList;
import io.cccpexplorer.protocol.objects.ProtocolObject;
import io.cccpexplorer.simulator.db.DatabaseChange;
import io.cccpexplorer.simulator.db.DatabaseListener;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.query.Dependents;
import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Every live query of one project, fed by the database's commits: list views see the list changes in order,
 * object views are refreshed only when an object they read changed. Queries asking for the same thing share one
 * view, so the work per commit follows the distinct views, not the number of clients. A shareable view that loses
 * its last subscriber stays a while, still updated ({@link IdleViews}), so the same query asked again joins it
 * instead of evaluating it anew. Afterwards each connection that got messages is flushed once. Confined to the
 * project's database thread.
 */
final class QueryHub implements DatabaseListener {

    /**
     * How long a view nobody holds is kept: longer than the refresh period of a dashboard or of a report script
     * (the original dashboard's was 5 to 30 s).
     */
    static final Duration VIEW_LINGER = Duration.ofSeconds(60);
    /** How many unheld list views are kept at most (each is updated by every commit, as a held one is). */
    static final int MAX_IDLE_LIST_VIEWS = 32;
    /**
     * How many unheld object views are kept at most: the rows of a few refreshes of a large site (an unheld view
     * is evaluated again only when an object it read changes, as a held one is).
     */
    static final int MAX_IDLE_OBJECT_VIEWS = 8192;

    private final Clock clock;
    private final IdleViews<ListView.Key> idleListViews;
    private final IdleViews<ObjectView.Key> idleObjectViews;
    private final Set<ListView> listViews = new LinkedHashSet<>();
    private final Map<ListView.Key, ListView> sharedListViews = new HashMap<>();
    private int listQueries;
    private final Map<ObjectView.Key, ObjectView> views = new HashMap<>();
    private final Dependents<ObjectView> viewDependents = new Dependents<>();
    private int objectQueries;
    private final Set<Outbox> touched = new LinkedHashSet<>();
    /** One instance per distinct format, so view keys compare formats by identity; weak: unused formats go. */
    private final Map<ObjectFormat, WeakReference<ObjectFormat>> formats = new WeakHashMap<>();
    /** Rows that entered a live list with subscribers, since the start (see {@link #rowsEntered()}). */
    private long rowsEntered;

    QueryHub(Clock clock) {
        this(clock, VIEW_LINGER, MAX_IDLE_LIST_VIEWS, MAX_IDLE_OBJECT_VIEWS);
    }

    /**
     * @param linger             how long a shareable view nobody holds is kept (zero: discarded at once)
     * @param maxIdleListViews   how many such list views are kept at most
     * @param maxIdleObjectViews how many such object views are kept at most
     */
    QueryHub(Clock clock, Duration linger, int maxIdleListViews, int maxIdleObjectViews) {
        this.clock = clock;
        this.idleListViews = new IdleViews<>(linger, maxIdleListViews);
        this.idleObjectViews = new IdleViews<>(linger, maxIdleObjectViews);
    }

    @Override
    public void onCommit(List<DatabaseChange> changes) {
        Set<DbObject> changed = changedObjects(changes);
        var now = clock.instant();
        for (ListView view : new ArrayList<>(listViews)) {
            List<ProtocolList> pushed = view.onCommit(changes, changed, now);
            if (!view.subscribers().isEmpty()) {
                rowsEntered += entered(pushed);
            }
            push(view, pushed);
        }
        Set<ObjectView> affected = new LinkedHashSet<>();
        viewDependents.collect(changed, affected);
        for (ObjectView view : affected) {
            refresh(view);
        }
        flushTouched();
    }

    /** Time passed: windowed list queries drop members that aged out; views idle long enough go. */
    void onTick() {
        var now = clock.instant();
        for (ListView.Key key : idleListViews.expired(now.toEpochMilli())) {
            discard(key);
        }
        for (ObjectView.Key key : idleObjectViews.expired(now.toEpochMilli())) {
            discard(key);
        }
        for (ListView view : new ArrayList<>(listViews)) {
            if (view.isWindowed()) {
                push(view, view.onTick(now));
            }
        }
        flushTouched();
    }

    private static Set<DbObject> changedObjects(List<DatabaseChange> changes) {
        Set<DbObject> changed = new HashSet<>();
        for (DatabaseChange c : changes) {
            if (c instanceof DatabaseChange.FieldChanged f) {
                changed.add(f.object());
            } else if (c instanceof DatabaseChange.ItemInserted i) {
                changed.add(i.list().owner());
                changed.add(i.item());
            } else if (c instanceof DatabaseChange.ItemRemoved r) {
                changed.add(r.list().owner());
                changed.add(r.item());
            } else if (c instanceof DatabaseChange.ObjectDeleted d) {
                changed.add(d.object());
            }
        }
        return changed;
    }

    private static int entered(List<ProtocolList> changes) {
        int n = 0;
        for (ProtocolList change : changes) {
            for (ListItem item : change.items()) {
                if (item.action() == ListItem.ADDED) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * How many rows entered a live list that someone follows, since the start: a client learns such a row from
     * the list's push and reads its values with a query of its own, so changes applied before that query is
     * answered reach it only as the row's first values.
     */
    long rowsEntered() {
        return rowsEntered;
    }

    private static void push(ListView view, List<ProtocolList> changes) {
        if (!changes.isEmpty()) {
            for (ListQuery q : view.subscribers()) {
                q.push(changes);
            }
        }
    }

    /** Adds {@code q} to the view of its list and filter (its own view when windowed), evaluating a new view. */
    ListView subscribe(ListQuery q, Instant now) {
        ListView.Key key = q.key();
        ListView view = key == null ? null : sharedListViews.get(key);
        if (view != null) {
            idleListViews.remove(key);
        } else {
            view = q.newView();
            view.evaluateAll(now);
            listViews.add(view);
            if (key != null) {
                sharedListViews.put(key, view);
            }
        }
        view.subscribe(q);
        listQueries++;
        return view;
    }

    void unsubscribe(ListQuery q, ListView view) {
        listQueries--;
        if (view.unsubscribe(q)) {
            ListView.Key key = q.key();
            if (key == null) {
                listViews.remove(view);   // a windowed view is its query's own
            } else {
                for (ListView.Key gone : idleListViews.idle(key, clock.millis())) {
                    discard(gone);
                }
            }
        }
    }

    /** The view of {@code key} goes, held or idle. */
    private void discard(ListView.Key key) {
        idleListViews.remove(key);
        listViews.remove(sharedListViews.remove(key));
    }

    /** The view of {@code key} goes, held or idle. */
    private void discard(ObjectView.Key key) {
        idleObjectViews.remove(key);
        ObjectView view = views.remove(key);
        if (view != null) {
            viewDependents.forget(view);
        }
    }

    /** Evaluated once per commit whatever the number of subscribers; the delta is shared by all of them. */
    private void refresh(ObjectView view) {
        if (view.target().isDeleted()) {
            // the vendor sends nothing when the object goes; nothing more can change
            for (ObjectQuery q : view.subscribers()) {
                q.stop();   // the last one discards the view
            }
            discard(view.key());   // an idle one too
            return;
        }
        ProtocolObject delta = view.evaluate();
        viewDependents.track(view, view.visited());
        if (!delta.values().isEmpty()) {
            for (ObjectQuery q : view.subscribers()) {
                q.push(delta);
            }
        }
    }

    /** The shared instance equal to {@code format} (set_object_format of many clients, one format tree). */
    ObjectFormat canonical(ObjectFormat format) {
        WeakReference<ObjectFormat> ref = formats.get(format);
        ObjectFormat known = ref == null ? null : ref.get();
        if (known != null) {
            return known;
        }
        formats.put(format, new WeakReference<>(format));
        return format;
    }

    /** Adds {@code q} to the view of its object and format, evaluating the view if it is new. */
    ObjectView subscribe(ObjectQuery q) {
        ObjectView view = views.get(q.key());
        if (view != null) {
            idleObjectViews.remove(q.key());
        } else {
            view = new ObjectView(q.key());
            view.evaluate();
            viewDependents.track(view, view.visited());
            views.put(q.key(), view);
        }
        view.subscribe(q);
        objectQueries++;
        return view;
    }

    void unsubscribe(ObjectQuery q) {
        ObjectView view = views.get(q.key());
        if (view == null) {
            return;
        }
        objectQueries--;
        if (view.unsubscribe(q)) {
            if (view.target().isDeleted() || view.readsTheClock()) {
                discard(q.key());
            } else {
                for (ObjectView.Key gone : idleObjectViews.idle(q.key(), clock.millis())) {
                    discard(gone);
                }
            }
        }
    }

    void touched(Outbox outbox) {
        touched.add(outbox);
    }

    private void flushTouched() {
        for (Outbox o : touched) {
            o.flush();
        }
        touched.clear();
    }

    int listQueryCount() {
        return listQueries;
    }

    /** Distinct list views evaluated for the list queries, the idle ones kept included. */
    int listViewCount() {
        return listViews.size();
    }

    /** List views nobody holds, kept for the same query asked again. */
    int idleListViewCount() {
        return idleListViews.size();
    }

    int objectQueryCount() {
        return objectQueries;
    }

    /** Distinct (object, format) pairs evaluated for the object queries, the idle ones kept included. */
    int objectViewCount() {
        return views.size();
    }

    /** Object views nobody holds, kept for the same query asked again. */
    int idleObjectViewCount() {
        return idleObjectViews.size();
    }
}
