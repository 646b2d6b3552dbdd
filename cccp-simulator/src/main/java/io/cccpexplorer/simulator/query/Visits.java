package io.cccpexplorer.simulator.query;

import io.cccpexplorer.simulator.db.DbObject;

/**
 * Collects the objects an evaluation looked at: a live query re-evaluates when one of them changes.
 */
@FunctionalInterface
public interface Visits {

    /** Records nothing. */
    Visits NONE = o -> { };

    void visit(DbObject object);
}
