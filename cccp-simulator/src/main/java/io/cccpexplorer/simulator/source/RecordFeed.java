package io.cccpexplorer.simulator.source;

import io.cccpexplorer.simulator.apply.RecordApplier;
import java.time.Instant;

/** Records that become due as time passes; driven by the project's tick on the database thread. */
public interface RecordFeed extends AutoCloseable {

    /** Applies every record due at {@code now}, one commit per record (as the dispatch pushes them). */
    void advance(Instant now, RecordApplier applier);

    /**
     * Applies the past up to {@code until} before any client can connect: nobody sees the pushes, so a feed may
     * commit it at once.
     */
    default void warmUp(Instant until, RecordApplier applier) {
        advance(until, applier);
    }

    @Override
    default void close() {
    }
}
