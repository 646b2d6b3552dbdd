package io.cccpexplorer.client.model;

/** From {@code connections.last.incoming}. */
public enum CallDirection {
    INCOMING, OUTGOING, UNKNOWN
}
