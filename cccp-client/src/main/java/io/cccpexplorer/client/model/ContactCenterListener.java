package io.cccpexplorer.client.model;

import io.cccpexplorer.client.ConnectionState;

/**
 * Changes of a {@link ContactCenter}, called in order on the model's own serial executor (never the I/O
 * thread). Every method has an empty default.
 */
public interface ContactCenterListener {

    default void onAgent(Change<Agent> change) {
    }

    default void onCall(Change<Call> change) {
    }

    default void onQueue(Change<QueueStats> change) {
    }

    default void onConnectionState(ConnectionState state) {
    }

    /** Changes were skipped (slow listener, reconnect): re-read {@link ContactCenter#snapshot()}. */
    default void onResync() {
    }
}
