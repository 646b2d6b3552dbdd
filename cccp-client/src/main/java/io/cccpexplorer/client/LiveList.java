package io.cccpexplorer.client;

import java.util.Map;
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

    /** Completes once the initial snapshot has been reported (or its deadline passed). */
    CompletionStage<LiveList> ready();

    /** Stops the queries; idempotent. */
    @Override
    void close();
}
