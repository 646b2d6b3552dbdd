package io.cccpexplorer.client;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A typed value of a row, converted from a protocol object value: strings, numbers (all integer and real wire
 * types), booleans, dates (keeping the server's UTC offset), or {@link Undefined} for a leaf the server did not
 * send (unknown field, null reference, or a type a row cannot hold such as binary data).
 */
public sealed interface Value permits Value.StringValue, Value.NumberValue, Value.BooleanValue, Value.DateValue,
        Value.Undefined {

    /** @return the value as text, "" for undefined and nil dates; dates in ISO-8601 with their offset */
    String asText();

    /** @return true unless this is {@link Undefined} */
    default boolean isDefined() {
        return true;
    }

    /**
     * A string, raw bytes decoded as ISO-8859-1.
     *
     * @param value the text, never {@code null}
     */
    record StringValue(String value) implements Value {
        /**
         * Checks the value is not {@code null}.
         *
         * @param value the text
         */
        public StringValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String asText() {
            return value;
        }
    }

    /**
     * A number: uint_32/int_32/uint_64 ({@code real == false}) or a real. uint_64 beyond 2^53 loses precision,
     * which no dispatch field needs.
     *
     * @param value the number
     * @param real  true for a real, false for an integer type
     */
    record NumberValue(double value, boolean real) implements Value {

        /**
         * @param bits an unsigned 64-bit integer held in a long
         * @return the integer number of that value
         */
        public static NumberValue ofUnsignedLong(long bits) {
            double d = bits >= 0 ? bits : (bits >>> 1) * 2.0 + (bits & 1);
            return new NumberValue(d, false);
        }

        /** @return the value truncated to a long */
        public long asLong() {
            return (long) value;
        }

        @Override
        public String asText() {
            return value == Math.rint(value) && Math.abs(value) < 1e18 ? Long.toString((long) value)
                    : Double.toString(value);
        }
    }

    /**
     * A boolean; {@code ccenter_report} prints it as 1/0.
     *
     * @param value the boolean
     */
    record BooleanValue(boolean value) implements Value {
        /** The true value. */
        public static final BooleanValue TRUE = new BooleanValue(true);
        /** The false value. */
        public static final BooleanValue FALSE = new BooleanValue(false);

        /**
         * @param value a boolean
         * @return {@link #TRUE} or {@link #FALSE}
         */
        public static BooleanValue of(boolean value) {
            return value ? TRUE : FALSE;
        }

        @Override
        public String asText() {
            return value ? "1" : "0";
        }
    }

    /**
     * A date as the server sent it: epoch seconds and microseconds (UTC) and the server's own UTC offset. Epoch
     * second 0 is the nil date ("no date"), what the server sends for a date not set yet.
     *
     * @param epochSeconds seconds since the Unix epoch, 0 for the nil date
     * @param microseconds microseconds within the second, as sent (normally 0..999,999)
     * @param offset       the server's UTC offset, never {@code null}
     */
    record DateValue(long epochSeconds, long microseconds, ZoneOffset offset) implements Value {

        /** The nil date. */
        public static final DateValue NIL = new DateValue(0, 0, ZoneOffset.UTC);

        /**
         * Checks the offset is not {@code null}.
         *
         * @param epochSeconds seconds since the Unix epoch, 0 for the nil date
         * @param microseconds microseconds within the second
         * @param offset       the server's UTC offset
         */
        public DateValue {
            Objects.requireNonNull(offset, "offset");
        }

        /**
         * @param dateTime an instant with its offset
         * @return the date of that instant, keeping the offset
         */
        public static DateValue of(OffsetDateTime dateTime) {
            Instant instant = dateTime.toInstant();
            return new DateValue(instant.getEpochSecond(), instant.getNano() / 1_000L, dateTime.getOffset());
        }

        /** @return true for the nil date (no date) */
        public boolean isNil() {
            return epochSeconds == 0;
        }

        /** @return the date in its own offset, {@code null} for the nil date */
        public OffsetDateTime toOffsetDateTime() {
            // the local time from the fixed offset directly: Instant.atOffset asks the offset for its ZoneRules,
            // a new object on every call, and the model reads several dates of every row
            if (isNil()) {
                return null;
            }
            long micros = Math.min(microseconds, 999_999L);
            if (micros < 0) {
                return Instant.ofEpochSecond(epochSeconds, micros * 1_000L).atOffset(offset);
            }
            return OffsetDateTime.of(LocalDateTime.ofEpochSecond(epochSeconds, (int) micros * 1_000, offset), offset);
        }

        /** @return epoch seconds with the microseconds as a fraction (what {@code -raw_dates} prints) */
        public double epochSecondsWithFraction() {
            return epochSeconds + microseconds / 1_000_000.0;
        }

        @Override
        public String asText() {
            return isNil() ? "" : toOffsetDateTime().toString();
        }
    }

    /** A leaf the server sent no value for. */
    enum Undefined implements Value {
        /** The only instance. */
        INSTANCE;

        @Override
        public String asText() {
            return "";
        }

        @Override
        public boolean isDefined() {
            return false;
        }
    }
}
