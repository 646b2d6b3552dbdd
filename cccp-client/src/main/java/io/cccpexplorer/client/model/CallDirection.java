package io.cccpexplorer.client.model;

/** From {@code connections.first.incoming}: the caller's leg of the call session. */
public enum CallDirection {
    INCOMING, OUTGOING, UNKNOWN
}
