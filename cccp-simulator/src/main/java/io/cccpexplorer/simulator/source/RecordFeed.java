package io.cccpexplorer.simulator.source;

import io.cccpexplorer.simulator.apply.RecordApplier;
import java.time.Instant;

/** Records that become due as time passes; driven by the project's tick on the database thread. */
public interface RecordFeed extends AutoCloseable {

    /** Applies every record due at {@code now}. */
    void advance(Instant now, RecordApplier applier);

    @Override
    default void close() {
    }
}
