package io.cccpexplorer.history;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The calendar months wholly inside a range of business days: a month report reads their month rows, and day rows
 * only for the days before {@code first} and from {@code end} on (the partial months at the edges).
 *
 * @param first the first day of the first whole month
 * @param end   the first day after the last whole month
 */
record WholeMonths(LocalDate first, LocalDate end) {

    /** The whole months of {@code from} to {@code to} (inclusive), if there is at least one. */
    static Optional<WholeMonths> within(LocalDate from, LocalDate to) {
        LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate after = to.plusDays(1);
        LocalDate end = after.getDayOfMonth() == 1 ? after : after.withDayOfMonth(1);
        return first.isBefore(end) ? Optional.of(new WholeMonths(first, end)) : Optional.empty();
    }

    /** yyyymm of the first whole month. */
    int firstMonth() {
        return MonthRollups.monthOf(Slots.dayNumber(first));
    }

    /** yyyymm of the month after the last whole month. */
    int endMonth() {
        return MonthRollups.monthOf(Slots.dayNumber(end));
    }
}
