package io.cccpexplorer.history;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Checks of a report's day range: present, in order, at most {@link #MAX_DAYS} days. */
final class DateRange {

    /** A little more than the default retention: a query cannot ask the engine to scan without end. */
    static final int MAX_DAYS = 800;

    private DateRange() {
    }

    static void check(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("at most " + MAX_DAYS + " days per query");
        }
    }
}
