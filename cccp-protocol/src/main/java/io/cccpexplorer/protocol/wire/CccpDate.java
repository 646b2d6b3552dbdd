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

    /**
     * Checks that both counters fit in their unsigned 32-bit wire fields.
     *
     * @param seconds unsigned 32-bit epoch seconds, held in a long (0 .. 2^32-1)
     * @param microseconds unsigned 32-bit microseconds, normally 0 .. 999 999
     * @param offsetSeconds signed UTC offset of the sender's clock, e.g. 3600 for CET
     * @throws IllegalArgumentException if seconds or microseconds do not fit in 32 unsigned bits
     */
    public CccpDate {
        if (seconds < 0 || seconds > U32_MAX) {
            throw new IllegalArgumentException("seconds: " + seconds + " (expected: 0.." + U32_MAX + ")");
        }
        if (microseconds < 0 || microseconds > U32_MAX) {
            throw new IllegalArgumentException("microseconds: " + microseconds + " (expected: 0.." + U32_MAX + ")");
        }
    }

    /**
     * The date of these wire fields: {@link #NIL} itself for 12 zero bytes (what most unset dates are).
     *
     * @param seconds unsigned epoch seconds as read from the wire
     * @param microseconds unsigned microseconds as read from the wire
     * @param offsetSeconds the sender's UTC offset in seconds
     * @return the date, or the shared {@link #NIL} instance for three zeros
     */
    public static CccpDate of(long seconds, long microseconds, int offsetSeconds) {
        return (seconds | microseconds | offsetSeconds) == 0 ? NIL : new CccpDate(seconds, microseconds, offsetSeconds);
    }

    /**
     * A date at {@code instant} as seen by a clock whose offset from UTC is {@code offset}.
     *
     * @param instant the moment; truncated to the microsecond
     * @param offset the sender's offset from UTC, written in the date's third field
     * @return the date
     */
    public static CccpDate of(Instant instant, ZoneOffset offset) {
        return new CccpDate(instant.getEpochSecond(), instant.getNano() / 1_000L, offset.getTotalSeconds());
    }

    /**
     * A date at {@code dateTime}, keeping its offset.
     *
     * @param dateTime the moment and the sender's offset
     * @return the date
     */
    public static CccpDate of(OffsetDateTime dateTime) {
        return of(dateTime.toInstant(), dateTime.getOffset());
    }

    /**
     * Whether this is the nil date ("no date"): zero seconds, whatever the other two fields hold.
     *
     * @return true for the nil date
     */
    public boolean isNil() {
        return seconds == 0;
    }

    /**
     * The moment this date names.
     *
     * @return the instant, or {@code null} for the nil date
     */
    public Instant toInstant() {
        return isNil() ? null : Instant.ofEpochSecond(seconds, Math.min(microseconds, 999_999L) * 1_000L);
    }

    /**
     * The moment as the sender's wall clock showed it.
     *
     * @return the instant in the sender's own offset, or {@code null} for the nil date
     */
    public OffsetDateTime toOffsetDateTime() {
        return isNil() ? null : toInstant().atOffset(offset());
    }

    /**
     * The sender's offset from UTC.
     *
     * @return the offset of the third wire field
     */
    public ZoneOffset offset() {
        return ZoneOffset.ofTotalSeconds(offsetSeconds);
    }

    /**
     * Epoch seconds with the microseconds as a fraction, the form {@code ccenter_report -raw_dates} prints.
     *
     * @return seconds since the epoch, microseconds after the point
     */
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
