package io.cccpexplorer.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The store's time grid: 15-minute slots (epoch seconds of their start; UTC and every real zone agree on
 * 15-minute boundaries, so a slot is the same in every zone) and local days (yyyymmdd in the project's zone).
 */
public record Slots(ZoneId zone) {

    public static final long SLOT_SECONDS = 900;

    public static long slotOf(Instant t) {
        return Math.floorDiv(t.getEpochSecond(), SLOT_SECONDS) * SLOT_SECONDS;
    }

    public int dayOf(Instant t) {
        return dayNumber(LocalDate.ofInstant(t, zone));
    }

    public static int dayNumber(LocalDate d) {
        return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }

    public static LocalDate dayDate(int day) {
        return LocalDate.of(day / 10_000, day / 100 % 100, day % 100);
    }

    /** First instant of the local day. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
