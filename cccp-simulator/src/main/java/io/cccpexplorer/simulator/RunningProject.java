package io.cccpexplorer.simulator;

/** One project of a running simulator. */
public interface RunningProject {

    String name();

    /** The bound TCP port. */
    int port();

    /** Read (and write) access to the project's database. */
    LiveDatabase database();

    /** Open client connections. */
    int connectionCount();

    /** Records applied so far. */
    long recordsApplied();

    ProjectConfig config();

    /** Live queries (list and object) of all connections. */
    int liveQueryCount();
}
