package io.cccpexplorer.client.model;

/** From {@code connections.first.incoming}: the caller's leg of the call session. */
public enum CallDirection {
    /** The caller called in. */
    INCOMING,
    /** The call was placed from the center. */
    OUTGOING,
    /** The server did not say. */
    UNKNOWN
}
