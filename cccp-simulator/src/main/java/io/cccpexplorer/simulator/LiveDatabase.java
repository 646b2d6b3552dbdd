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

    /** Runs {@code reader} against the database and returns its result; do not keep references to objects. */
    <T> T read(Function<DispatchDatabase, T> reader);

    /** Changes the database directly (then commits): for tests that need a shape no record produces. */
    void change(Consumer<DispatchDatabase> mutation);
}
