package io.cccpexplorer.client;

/**
 * Changes of a {@link LiveList}, delivered in order on the connection's event executor (never the I/O thread).
 * Each callback reflects the difference between what this listener saw before and the list now, so after a
 * reconnect or an event-queue overflow only real differences are reported (no duplicates, no ghosts).
 */
public interface LiveListListener {

    /** A row entered the list (its first values arrived). */
    default void onAdded(Row row) {
    }

    /** Values of a row changed. */
    default void onUpdated(Row previous, Row current) {
    }

    /** A row left the list (filtered out, deleted, or vanished while disconnected). */
    default void onRemoved(Row row) {
    }

    /** The initial snapshot is complete: every row present at subscription time has been reported. */
    default void onReady() {
    }

    /** The list was re-synchronised (after a reconnect or an event-queue overflow); the diffs came before. */
    default void onResync() {
    }
}
