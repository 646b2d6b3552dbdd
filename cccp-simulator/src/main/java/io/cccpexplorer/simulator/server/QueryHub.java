package io.cccpexplorer.simulator.server;

import io.cccpexplorer.simulator.db.DatabaseChange;
import io.cccpexplorer.simulator.db.DatabaseListener;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.query.Dependents;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every live query of one project, fed by the database's commits: list queries see the list changes in order,
 * object queries are refreshed only when an object they read changed. Afterwards each connection that got
 * messages is flushed once. Confined to the project's database thread.
 */
final class QueryHub implements DatabaseListener {

    private final Clock clock;
    private final Set<ListQuery> lists = new LinkedHashSet<>();
    private final Dependents<ObjectQuery> objectQueries = new Dependents<>();
    private final Set<Outbox> touched = new LinkedHashSet<>();

    QueryHub(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onCommit(List<DatabaseChange> changes) {
        Set<DbObject> changed = changedObjects(changes);
        var now = clock.instant();
        for (ListQuery q : new ArrayList<>(lists)) {
            q.onCommit(changes, changed, now);
        }
        Set<ObjectQuery> affected = new LinkedHashSet<>();
        objectQueries.collect(changed, affected);
        for (ObjectQuery q : affected) {
            q.refresh();
        }
        flushTouched();
    }

    /** Time passed: windowed list queries drop members that aged out. */
    void onTick() {
        var now = clock.instant();
        for (ListQuery q : new ArrayList<>(lists)) {
            q.onTick(now);
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

    void add(ListQuery q) {
        lists.add(q);
    }

    void remove(ListQuery q) {
        lists.remove(q);
    }

    void track(ObjectQuery q, Set<DbObject> deps) {
        objectQueries.track(q, deps);
    }

    void remove(ObjectQuery q) {
        objectQueries.forget(q);
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
        return lists.size();
    }

    int objectQueryCount() {
        return objectQueries.size();
    }
}
