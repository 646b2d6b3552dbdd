package io.cccpexplorer.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One project's time grid: 15-minute slots (epoch seconds of their start; UTC and every real zone agree on
 * 15-minute boundaries, so a slot is the same in every zone) and business days (yyyymmdd) in the project's zone,
 * each starting at {@code dayStart} (midnight by default; a contact center working nights may count its day from
 * 06:00, and a call at 05:30 then belongs to the day before). The dashboard's live views use the same rule
 * ({@code BusinessDay}), with the same settings.
 *
 * @param zone     the project's time zone
 * @param dayStart when its day starts, on a 15-minute boundary (so a day is a whole number of slots)
 */
public record Slots(ZoneId zone, LocalTime dayStart) {

    public static final long SLOT_SECONDS = 900;

    public Slots {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dayStart, "dayStart");
        if (dayStart.getMinute() % 15 != 0 || dayStart.getSecond() != 0 || dayStart.getNano() != 0) {
            throw new IllegalArgumentException("day start " + dayStart
                    + ": the history keeps 15-minute slots, so a day starts on a quarter hour (e.g. 06:00, 06:15)");
        }
    }

    /** Days from midnight. */
    public Slots(ZoneId zone) {
        this(zone, LocalTime.MIDNIGHT);
    }

    public static long slotOf(Instant t) {
        return Math.floorDiv(t.getEpochSecond(), SLOT_SECONDS) * SLOT_SECONDS;
    }

    /** The business day {@code t} belongs to, as yyyymmdd. */
    public int dayOf(Instant t) {
        return dayNumber(businessDay(t));
    }

    /** The business day {@code t} belongs to: its local date, or the day before when earlier than the day start. */
    public LocalDate businessDay(Instant t) {
        ZonedDateTime local = t.atZone(zone);
        LocalDate date = local.toLocalDate();
        return local.isBefore(startOfZoned(date)) ? date.minusDays(1) : date;
    }

    public static int dayNumber(LocalDate d) {
        return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    public static LocalDate dayDate(int day) {
        return LocalDate.of(day / 10_000, day / 100 % 100, day % 100);
    }

    /** First instant of the business day. */
    public Instant startOf(LocalDate day) {
        return startOfZoned(day).toInstant();
    }

    /** First instant of the business day, in the project's zone (a gap in the clocks moves it to the next time). */
    public ZonedDateTime startOfZoned(LocalDate day) {
        return day.atTime(dayStart).atZone(zone);
    }
}
