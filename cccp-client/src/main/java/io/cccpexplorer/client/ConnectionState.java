package io.cccpexplorer.client;

/**
 * The life cycle of a {@link CccpConnection}. Queries are served only in {@link #READY}; live subscriptions
 * survive the other states and are re-created when the connection is READY again.
 */
public enum ConnectionState {
    /** A TCP connection is being opened. */
    CONNECTING,
    /** initialize → connection_ok → login → login_ok (→ use_default_namespaces_index) is in progress. */
    HANDSHAKING,
    /** Logged in: requests are accepted. */
    READY,
    /** The connection was lost; a reconnect attempt is scheduled. */
    BACKING_OFF,
    /** Closed for good, by the user or after a failure that retrying cannot fix. */
    CLOSED
}
