package io.cccpexplorer.simulator.source;

import io.cccpexplorer.protocol.rlog.RlogEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A source of synthetic records: each call returns the records stamped up to {@code now}, in order. */
@FunctionalInterface
public interface TrafficGenerator {

    List<RlogEntry> advanceTo(Instant now);

    /**
     * The earliest stamp the next record returned by {@link #advanceTo} can have, if the generator knows it; empty
     * if it does not.
     */
    default Optional<Instant> nextRecordAt() {
        return Optional.empty();
    }
}
