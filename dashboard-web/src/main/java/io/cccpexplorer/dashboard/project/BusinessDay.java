package io.cccpexplorer.dashboard.project;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The contact center's day: it starts at {@code start} in {@code zone} (midnight by default; a night shift may
 * count from 06:00). "Today", the day figures and the intraday chart all use this one rule.
 */
public record BusinessDay(ZoneId zone, LocalTime start) {

    public BusinessDay {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(start, "start");
    }

    /** When the day that contains {@code now} started. */
    public Instant startOf(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime candidate = local.toLocalDate().atTime(start).atZone(zone);
        return (candidate.isAfter(local) ? candidate.minusDays(1) : candidate).toInstant();
    }

    /** True when both instants fall in the same day. */
    public boolean sameDay(Instant a, Instant b) {
        return startOf(a).equals(startOf(b));
    }
}
