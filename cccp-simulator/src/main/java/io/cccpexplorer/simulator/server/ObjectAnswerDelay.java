package io.cccpexplorer.simulator.server;

import io.cccpexplorer.simulator.db.DbObject;

/**
 * A test seam: how late the server answers a {@code query_object}, counted in database commits (records that
 * changed something). A busy dispatch answers a new row's query when it gets to it, with the object's values at
 * that moment, so a client that reads rows this way can miss the first values of a row; this makes that lateness
 * deterministic: a late answer has the values after its commits, whenever the client asked. Other queries are
 * answered meanwhile, except a {@code query_list}: it is served after the late answers asked before it, so a client
 * waiting on a round trip for its rows to load (the model's {@code caughtUp}) gets them; a {@code stop_query} drops
 * its late answer. Used by tests only; {@link #NONE}, the default, answers at once.
 */
@FunctionalInterface
public interface ObjectAnswerDelay {

    /** Every answer at once (the server as it runs). */
    ObjectAnswerDelay NONE = target -> 0;

    /**
     * @param target the object queried
     * @return the commits to wait before answering; 0 or less for at once
     */
    int commits(DbObject target);
}
