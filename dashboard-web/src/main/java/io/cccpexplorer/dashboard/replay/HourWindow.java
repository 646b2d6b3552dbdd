package io.cccpexplorer.dashboard.replay;

import io.cccpexplorer.protocol.rlog.LogFile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The instants a snapshot covers, and which hourly log files hold them.
 *
 * <p>The rule: a local day D is {@code [D 00:00, D+1 00:00)} in the dashboard's zone; a local hour H of D is every
 * instant whose local time on D reads {@code H:xx}, i.e. {@code [D H:00, D H+1:00)} resolved in the zone. Log files
 * are named after UTC hours, so a window selects every file whose UTC hour {@code [h, h+1h)} overlaps it: a CET day
 * is the files from 23:00 UTC the day before to 22:00 UTC; CET 10:00 is the {@code __09_00_00} file. On the autumn
 * change the repeated hour covers both occurrences (two files); in spring the skipped hour does not exist and is
 * refused. Calls are listed by their start inside the window.
 *
 * @param from the first instant (inclusive)
 * @param to   the end (exclusive)
 */
public record HourWindow(Instant from, Instant to) {

    public HourWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("empty window " + from + " .. " + to);
        }
    }

    /** The window of {@code key} in {@code zone}; an hour that does not exist that day is an error. */
    public static HourWindow of(SnapshotKey key, ZoneId zone) {
        LocalDate d = key.date();
        if (key.hour().isEmpty()) {
            return new HourWindow(d.atStartOfDay(zone).toInstant(), d.plusDays(1).atStartOfDay(zone).toInstant());
        }
        int h = key.hour().getAsInt();
        ZonedDateTime start = ZonedDateTime.of(d, LocalTime.of(h, 0), zone);
        ZonedDateTime end = h == 23 ? d.plusDays(1).atStartOfDay(zone)
                : ZonedDateTime.of(d, LocalTime.of(h + 1, 0), zone); // earlier offset: the first H+1:00
        if (start.getHour() != h || !end.toInstant().isAfter(start.toInstant())) {
            throw new IllegalArgumentException(String.format("%s %02d:00 does not exist in %s (clock change)", d, h,
                    zone));
        }
        return new HourWindow(start.toInstant(), end.toInstant());
    }

    public boolean contains(Instant t) {
        return !t.isBefore(from) && t.isBefore(to);
    }

    /** Whether a log file's UTC hour overlaps this window. */
    public boolean overlaps(LogFile file) {
        return file.endOfHour().isAfter(from) && file.hour().isBefore(to);
    }

    /** The UTC offset the replayed server speaks in: the zone's offset at the window's start. */
    public ZoneOffset offset(ZoneId zone) {
        return zone.getRules().getOffset(from);
    }

    /** Fraction of the window before {@code t}, 0..1. */
    public double progress(Instant t) {
        if (t == null || !t.isAfter(from)) {
            return 0;
        }
        return Math.min(1.0,
                (double) (t.toEpochMilli() - from.toEpochMilli()) / (to.toEpochMilli() - from.toEpochMilli()));
    }

    /** The files of {@code all} that overlap this window, in their order. */
    public List<LogFile> select(List<LogFile> all) {
        return all.stream().filter(this::overlaps).toList();
    }
}
