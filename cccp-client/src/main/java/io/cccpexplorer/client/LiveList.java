package io.cccpexplorer.client;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * A live list query ({@code query_list} + one {@code query_object} per row). It survives reconnects: the
 * connection re-creates it and reconciles the rows. {@link #close()} sends {@code stop_query} for every query.
 * Thread-safe.
 */
public interface LiveList extends AutoCloseable {

    ListQuery query();

    RowFormat format();

    /** The rows as reported to the listener so far, by object id; an immutable, consistent copy. */
    Map<Integer, Row> snapshot();

    /**
     * Completes once every row of the initial snapshot has been reported, or reported failed through
     * {@link LiveListListener#onRowFailed} after its last attempt: a slow server delays it, it never loses rows.
     * Fails with a {@link CccpTimeoutException} if the {@code query_list} itself stays unanswered after
     * {@link ConnectionOptions#rowQueryAttempts()} attempts.
     */
    CompletionStage<LiveList> ready();

    /** Object ids of rows in the list whose values have not arrived yet (queued, in flight or awaiting a retry). */
    Set<Integer> pendingRows();

    /** Object ids of rows whose {@code query_object} stayed unanswered after every attempt (until a reconnect). */
    Set<Integer> failedRows();

    /** How many row queries timed out and were sent again, since the list was opened. */
    long retriedQueries();

    /** Stops the queries; idempotent. */
    @Override
    void close();
}
