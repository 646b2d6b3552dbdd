package io.cccpexplorer.client;

import io.cccpexplorer.protocol.explorer.ExplorerMessage;

/**
 * A diagnostic tap on every message of a connection (used by {@code cccp-report -verbose}). It runs on the I/O
 * thread, so it must be quick and must not block.
 */
@FunctionalInterface
public interface MessageTrace {

    MessageTrace NONE = (inbound, message) -> { };

    /**
     * @param inbound true for a message received from the server, false for one sent to it
     */
    void onMessage(boolean inbound, ExplorerMessage message);
}
