package io.cccpexplorer.protocol.wire;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A CCCP date: 12 bytes on the wire, {@code u32 seconds} since the Unix epoch (UTC), {@code u32 microseconds}
 * and a signed {@code i32} offset in seconds that gives the sender's local wall time (UTC + offset).
 * {@code seconds == 0} is the nil date ("no date"); the other two fields are kept as received so that a frame
 * re-encodes to the same bytes.
 *
 * @param seconds       unsigned 32-bit epoch seconds, held in a long (0 .. 2^32-1)
 * @param microseconds  unsigned 32-bit microseconds, normally 0 .. 999 999
 * @param offsetSeconds signed UTC offset of the sender's clock, e.g. 3600 for CET
 */
public record CccpDate(long seconds, long microseconds, int offsetSeconds) implements Comparable<CccpDate> {

    /** The nil date: what a missing date looks like on the wire (12 zero bytes). */
    public static final CccpDate NIL = new CccpDate(0, 0, 0);

    private static final long U32_MAX = 0xFFFF_FFFFL;

    public CccpDate {
        if (seconds < 0 || seconds > U32_MAX) {
            throw new IllegalArgumentException("seconds: " + seconds + " (expected: 0.." + U32_MAX + ")");
        }
        if (microseconds < 0 || microseconds > U32_MAX) {
            throw new IllegalArgumentException("microseconds: " + microseconds + " (expected: 0.." + U32_MAX + ")");
        }
    }

    /** The date of these wire fields: {@link #NIL} itself for 12 zero bytes (what most unset dates are). */
    public static CccpDate of(long seconds, long microseconds, int offsetSeconds) {
        return (seconds | microseconds | offsetSeconds) == 0 ? NIL : new CccpDate(seconds, microseconds, offsetSeconds);
    }

    /** A date at {@code instant} as seen by a clock whose offset from UTC is {@code offset}. */
    public static CccpDate of(Instant instant, ZoneOffset offset) {
        return new CccpDate(instant.getEpochSecond(), instant.getNano() / 1_000L, offset.getTotalSeconds());
    }

    /** A date at {@code dateTime}, keeping its offset. */
    public static CccpDate of(OffsetDateTime dateTime) {
        return of(dateTime.toInstant(), dateTime.getOffset());
    }

    public boolean isNil() {
        return seconds == 0;
    }

    /** The instant, or {@code null} for the nil date. */
    public Instant toInstant() {
        return isNil() ? null : Instant.ofEpochSecond(seconds, Math.min(microseconds, 999_999L) * 1_000L);
    }

    /** The instant in the sender's own offset, or {@code null} for the nil date. */
    public OffsetDateTime toOffsetDateTime() {
        return isNil() ? null : toInstant().atOffset(offset());
    }

    public ZoneOffset offset() {
        return ZoneOffset.ofTotalSeconds(offsetSeconds);
    }

    /** Epoch seconds with the microseconds as a fraction, the form {@code ccenter_report -raw_dates} prints. */
    public double epochSecondsWithFraction() {
        return seconds + microseconds / 1_000_000.0;
    }

    /** Chronological order; the offset does not take part. */
    @Override
    public int compareTo(CccpDate other) {
        int c = Long.compare(seconds, other.seconds);
        return c != 0 ? c : Long.compare(microseconds, other.microseconds);
    }

    @Override
    public String toString() {
        return isNil() ? "nil" : toOffsetDateTime().toString();
    }
}
