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
 * view, so the work per commit follows the distinct views, not the number of clients. Afterwards each connection
 * that got messages is flushed once. Confined to the project's database thread.
 */
final class QueryHub implements DatabaseListener {

    private final Clock clock;
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
        this.clock = clock;
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

    /** Time passed: windowed list queries drop members that aged out. */
    void onTick() {
        var now = clock.instant();
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
        if (view == null) {
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
            listViews.remove(view);
            ListView.Key key = q.key();
            if (key != null) {
                sharedListViews.remove(key);
            }
        }
    }

    /** Evaluated once per commit whatever the number of subscribers; the delta is shared by all of them. */
    private void refresh(ObjectView view) {
        if (view.target().isDeleted()) {
            // the vendor sends nothing when the object goes; nothing more can change
            for (ObjectQuery q : view.subscribers()) {
                q.stop();
            }
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
        if (view == null) {
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
            views.remove(q.key());
            viewDependents.forget(view);
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

    /** Distinct list views evaluated for the list queries. */
    int listViewCount() {
        return listViews.size();
    }

    int objectQueryCount() {
        return objectQueries;
    }

    /** Distinct (object, format) pairs evaluated for the object queries. */
    int objectViewCount() {
        return views.size();
    }
}
