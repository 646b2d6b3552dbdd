package io.cccpexplorer.simulator.query;

import io.cccpexplorer.simulator.db.DbObject;
import java.util.HashSet;
import java.util.Set;

/** {@link Visits} that keeps the objects visited. */
public final class RecordingVisits implements Visits {

    private final Set<DbObject> visited = new HashSet<>();

    @Override
    public void visit(DbObject object) {
        visited.add(object);
    }

    public Set<DbObject> visited() {
        return visited;
    }
}
