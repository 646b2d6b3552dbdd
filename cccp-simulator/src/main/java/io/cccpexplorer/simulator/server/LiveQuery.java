package io.cccpexplorer.simulator.server;

/** A live query of one login session, identified by the client's system_id. */
interface LiveQuery {

    int systemId();

    /** Frees everything the query holds; no message is sent for it afterwards. */
    void stop();
}
