package io.cccpexplorer.client.internal;

/**
 * A declared intent that outlives connections (a live list or a live object). The connection attaches it to
 * each new session and detaches it when the session dies; all calls happen on the connection's event loop.
 */
interface Subscription {

    void attach(ExplorerSession session);

    void detach();
}
