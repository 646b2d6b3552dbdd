package io.cccpexplorer.client.model;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Elapsed times between server dates, never negative (server and local clocks differ a little). */
final class Durations {

    private Durations() {
    }

    /** From {@code from} to {@code to}; zero when {@code from} is unknown or after {@code to}. */
    static Duration between(OffsetDateTime from, Instant to) {
        if (from == null || to == null) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(from.toInstant(), to);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** From {@code from} to {@code to}, or to {@code now} while {@code to} is unknown. */
    static Duration between(OffsetDateTime from, OffsetDateTime to, Instant now) {
        return between(from, to != null ? to.toInstant() : now);
    }
}
