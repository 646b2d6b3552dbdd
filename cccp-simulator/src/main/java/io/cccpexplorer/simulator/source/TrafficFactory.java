package io.cccpexplorer.simulator.source;

import java.time.Instant;
import java.time.ZoneOffset;

/** Starts a {@link TrafficGenerator} for one project: deterministic for a seed. */
@FunctionalInterface
public interface TrafficFactory {

    TrafficGenerator start(long seed, Instant start, ZoneOffset offset);
}
