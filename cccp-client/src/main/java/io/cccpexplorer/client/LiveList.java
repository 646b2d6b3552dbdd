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

    /** @return the list's query */
    ListQuery query();

    /** @return the fields of each row */
    RowFormat format();

    /** @return the rows as reported to the listener so far, by object id; an immutable, consistent copy */
    Map<Integer, Row> snapshot();

    /**
     * Completes once every row of the initial snapshot has been reported, or reported failed through
     * {@link LiveListListener#onRowFailed} after its last attempt: a slow server delays it, it never loses rows.
     * Fails with a {@link CccpTimeoutException} if the {@code query_list} itself stays unanswered after
     * {@link ConnectionOptions#rowQueryAttempts()} attempts; the list is still asked for after that (at most
     * {@link ConnectionOptions#backoffMax()} apart), and once it answers its rows come with
     * {@link LiveListListener#onResync()}. Awaiting it inside a listener of the same connection
     * fails at once with {@link IllegalStateException} (it completes on that listener's executor); chain instead.
     *
     * @return completes with this list once the initial snapshot is delivered
     */
    CompletionStage<LiveList> ready();

    /** @return object ids of rows in the list whose values have not arrived yet (queued, in flight or retrying) */
    Set<Integer> pendingRows();

    /**
     * @return object ids of rows whose {@code query_object} stayed unanswered after every attempt; each is asked for
     *         again now and then and leaves this set once answered (or removed from the list, or on a reconnect)
     */
    Set<Integer> failedRows();

    /** @return how many row queries timed out and were sent again, since the list was opened */
    long retriedQueries();

    /** Stops the queries; idempotent. */
    @Override
    void close();
}
