package io.cccpexplorer.simulator.source;

import io.cccpexplorer.simulator.apply.RecordApplier;
import java.time.Instant;
import java.util.Optional;

/** Records that become due as time passes; driven by the project's tick on the database thread. */
public interface RecordFeed extends AutoCloseable {

    /** No records, ever: a project served without a source. */
    RecordFeed NONE = new RecordFeed() {
        @Override
        public void advance(Instant now, RecordApplier applier) {
        }

        @Override
        public boolean live() {
            return false;
        }
    };

    /** Applies every record due at {@code now}, one commit per record (as the dispatch pushes them). */
    void advance(Instant now, RecordApplier applier);

    /**
     * Applies the past up to {@code until} before any client can connect: nobody sees the pushes, so a feed may
     * commit it at once.
     */
    default void warmUp(Instant until, RecordApplier applier) {
        advance(until, applier);
    }

    /**
     * Whether a record may become due as time passes. A feed that is not live (an unpaced replay, a paced one
     * played to its end) has nothing for the project's frequent tick to do until a day is loaded, and the tick
     * slows down to one a second, as the dispatch wakes when idle.
     */
    default boolean live() {
        return true;
    }

    /**
     * When the next record becomes due, by the clock {@link #advance} is given, if the feed knows it: nothing is due
     * before it, so the project's tick may sleep until then. Empty if the feed does not know (it is then polled at the
     * project's frequent tick while {@link #live()}).
     */
    default Optional<Instant> nextRecordAt() {
        return Optional.empty();
    }

    @Override
    default void close() {
    }
}
