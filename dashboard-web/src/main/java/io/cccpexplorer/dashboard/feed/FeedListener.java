package io.cccpexplorer.dashboard.feed;

/**
 * Receives one project's changes. A feed calls its listeners in order, one call at a time, never on an I/O thread.
 * For {@link ChangeOp#REMOVE} the item is the last known value.
 */
public interface FeedListener {

    default void onAgent(ChangeOp op, LiveAgent agent) {
    }

    default void onCall(ChangeOp op, LiveCall call) {
    }

    default void onQueue(ChangeOp op, LiveQueue queue) {
    }

    default void onConnection(ConnectionStatus status) {
    }

    /** The feed lost track (reconnect, overflow) and rebuilt its state: take a fresh snapshot. */
    default void onResync() {
    }
}
