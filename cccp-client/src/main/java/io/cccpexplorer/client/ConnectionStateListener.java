package io.cccpexplorer.client;

/**
 * Observes the state changes of one connection. Called in order on the connection's event executor, never on
 * the I/O thread.
 */
@FunctionalInterface
public interface ConnectionStateListener {

    /**
     * @param previous the state left
     * @param current  the state entered
     * @param cause    why, when the change comes from a failure; {@code null} otherwise
     */
    void onStateChange(ConnectionState previous, ConnectionState current, Throwable cause);
}
