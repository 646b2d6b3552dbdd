package io.cccpexplorer.simulator.source;

import io.cccpexplorer.protocol.rlog.RlogEntry;
import java.time.Instant;
import java.util.List;

/** A source of synthetic records: each call returns the records stamped up to {@code now}, in order. */
@FunctionalInterface
public interface TrafficGenerator {

    List<RlogEntry> advanceTo(Instant now);
}
