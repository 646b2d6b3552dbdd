package io.cccpexplorer.client;

/**
 * Changes of a {@link LiveList}, delivered in order on the connection's event executor (never the I/O thread).
 * Each callback reflects the difference between what this listener saw before and the list now, so after a
 * reconnect or an event-queue overflow only real differences are reported (no duplicates, no ghosts).
 */
public interface LiveListListener {

    /**
     * A row entered the list (its first values arrived).
     *
     * @param row the row
     */
    default void onAdded(Row row) {
    }

    /**
     * Values of a row changed.
     *
     * @param previous the row as last delivered
     * @param current  the row now
     */
    default void onUpdated(Row previous, Row current) {
    }

    /**
     * A row left the list (filtered out, deleted, or vanished while disconnected).
     *
     * @param row the row as last delivered
     */
    default void onRemoved(Row row) {
    }

    /**
     * A row is in the list, but its {@code query_object} stayed unanswered after
     * {@link ConnectionOptions#rowQueryAttempts()} attempts; it is not in the snapshot.
     * Reported once: the row is asked for again now and then, and comes with {@link #onAdded} once answered.
     *
     * @param objectId the row's object id
     * @param cause    the last timeout, naming the query
     */
    default void onRowFailed(int objectId, CccpTimeoutException cause) {
    }

    /** The initial snapshot is complete: every row present at subscription time has been reported
     * (or reported failed). */
    default void onReady() {
    }

    /** The list was re-synchronised (after a reconnect or an event-queue overflow); the diffs came before. */
    default void onResync() {
    }
}
