package io.cccpexplorer.simulator;

import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Thread-safe access to a running project's database: every call runs on the project's database thread, in
 * order with client requests and live pushes, and waits for it (with a deadline). Changes reach live queries
 * before the call returns (the pushes are queued on the connections).
 */
public interface LiveDatabase {

    /** Applies records as the dispatch would, in order, as one batch. */
    void apply(List<RlogEntry> entries);

    default void apply(RlogEntry... entries) {
        apply(List.of(entries));
    }

    /**
     * Applies records in order, each committed on its own as the dispatch pushes each record's changes (a client
     * following a row sees every value it passes through), in one hand-over to the database thread, and stops
     * after the first record that makes a row enter a live list someone follows. A client learns such a row from
     * the list's push and reads its values with a query of its own, which this thread answers only between two
     * hand-overs: a record applied before that would reach the client only as part of the row's first values.
     * So a caller that must let every client see each new row from its start waits for the clients' row queries
     * (e.g. {@code ContactCenter.rowsLoaded()}) before applying the rest.
     *
     * @return how many of {@code entries} were applied, from the first: all of them, or up to and including the
     *         one that made a row enter a list
     */
    int applyUntilNewRow(List<RlogEntry> entries);

    /** Runs {@code reader} against the database and returns its result; do not keep references to objects. */
    <T> T read(Function<DispatchDatabase, T> reader);

    /** Changes the database directly (then commits): for tests that need a shape no record produces. */
    void change(Consumer<DispatchDatabase> mutation);
}
