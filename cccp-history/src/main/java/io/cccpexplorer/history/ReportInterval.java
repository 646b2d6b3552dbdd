package io.cccpexplorer.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The length of one report row: from 15 minutes to a month, in the project's local time (weeks start Monday). */
public enum ReportInterval {
    MIN15("15m"), MIN30("30m"), HOUR("hour"), DAY("day"), WEEK("week"), MONTH("month");

    private final String wire;

    ReportInterval(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static ReportInterval fromWire(String text) {
        for (ReportInterval i : values()) {
            if (i.wire.equals(text.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        throw new IllegalArgumentException("interval '" + text + "': one of 15m, 30m, hour, day, week, month");
    }

    /** Day rows are enough (and far fewer) for a day or longer; shorter intervals read the 15-minute rows. */
    boolean fromDays() {
        return compareTo(DAY) >= 0;
    }

    /** The start of the row that holds the 15-minute slot starting at {@code slotStart}. */
    ZonedDateTime bucketOf(ZonedDateTime slotStart) {
        return switch (this) {
            case MIN15 -> slotStart;
            case MIN30 -> local(slotStart, slotStart.toLocalDateTime().truncatedTo(ChronoUnit.HOURS)
                    .plusMinutes(slotStart.getMinute() >= 30 ? 30 : 0));
            case HOUR -> local(slotStart, slotStart.toLocalDateTime().truncatedTo(ChronoUnit.HOURS));
            default -> throw new IllegalStateException(this + " rows are read from the day roll-ups");
        };
    }

    /**
     * The start of the row that holds a business day ({@link #DAY}, {@link #WEEK} or {@link #MONTH}): the day start
     * of its first day, in the project's zone.
     */
    ZonedDateTime bucketOf(LocalDate day, Slots slots) {
        LocalDate start = switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            default -> day;
        };
        return slots.startOfZoned(start);
    }

    private static ZonedDateTime local(ZonedDateTime like, LocalDateTime t) {
        // ofLocal keeps the earlier offset in the autumn's repeated hour, like the slot itself would
        return ZonedDateTime.ofLocal(t, like.getZone(), like.getOffset());
    }
}
