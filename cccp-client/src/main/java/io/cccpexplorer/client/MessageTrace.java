package io.cccpexplorer.client;

/**
 * A diagnostic tap on every message of a connection (used by {@code cccp-report -verbose}). It runs on the I/O
 * thread, so it must be quick and must not block.
 */
@FunctionalInterface
public interface MessageTrace {

    /** No trace: the connection adds no handler at all. */
    MessageTrace NONE = (inbound, message) -> { };

    /**
     * Called for each message, in wire order.
     *
     * @param inbound true for a message received from the server, false for one sent to it
     * @param message the message; {@link WireMessage#unwrap} gives the protocol record to tools that speak it
     */
    void onMessage(boolean inbound, WireMessage message);
}
