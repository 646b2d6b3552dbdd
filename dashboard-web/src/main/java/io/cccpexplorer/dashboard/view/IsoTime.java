package io.cccpexplorer.dashboard.view;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** The two date spellings of the API: ISO-8601 with seconds and offset, and the original's French form. */
public final class IsoTime {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("HH:mm:ss 'le' dd/MM/yyyy");

    private IsoTime() {
    }

    /** {@code 2026-02-08T10:03:46+01:00}; always with seconds; {@code null} stays {@code null}. */
    public static String iso(OffsetDateTime t) {
        return t == null ? null : ISO.format(t);
    }

    /** {@code 10:03:46 le 08/02/2026} (server local time), as the vendor tool prints it; {@code ""} for none. */
    public static String french(OffsetDateTime t) {
        return t == null ? "" : FRENCH.format(t);
    }

    /** {@code 45s}, {@code 12m 5s}, {@code 1h 12m}, like the original dashboard. */
    public static String human(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m " + (s % 60) + "s";
        }
        return (s / 3600) + "h " + (s % 3600 / 60) + "m";
    }
}
