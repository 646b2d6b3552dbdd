package io.cccpexplorer.client;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.wire.CccpDate;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A typed value of a row, converted from a protocol object value: strings, numbers (all integer and real wire
 * types), booleans, dates (keeping the server's UTC offset), or {@link Undefined} for a leaf the server did not
 * send (unknown field, null reference).
 */
public sealed interface Value permits Value.StringValue, Value.NumberValue, Value.BooleanValue, Value.DateValue,
        Value.Undefined {

    /** The value as text, "" for undefined and nil dates; dates in ISO-8601 with their offset. */
    String asText();

    /** True unless this is {@link Undefined}. */
    default boolean isDefined() {
        return true;
    }

    /** Converts a protocol value; types a row cannot hold (binary, references) become {@link Undefined}. */
    static Value of(FieldValue value) {
        if (value instanceof FieldValue.Str s) {
            return new StringValue(s.value() == null ? "" : s.value());
        } else if (value instanceof FieldValue.U32 u) {
            return new NumberValue(u.unsigned(), false);
        } else if (value instanceof FieldValue.I32 i) {
            return new NumberValue(i.value(), false);
        } else if (value instanceof FieldValue.U64 u) {
            return NumberValue.ofUnsignedLong(u.value());
        } else if (value instanceof FieldValue.Real r) {
            return new NumberValue(r.value(), true);
        } else if (value instanceof FieldValue.Bool b) {
            return BooleanValue.of(b.value());
        } else if (value instanceof FieldValue.Date d) {
            return new DateValue(d.value());
        }
        return Undefined.INSTANCE;
    }

    /** A string, raw bytes decoded as ISO-8859-1 (never {@code null}). */
    record StringValue(String value) implements Value {
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
     */
    record NumberValue(double value, boolean real) implements Value {

        static NumberValue ofUnsignedLong(long bits) {
            double d = bits >= 0 ? bits : (bits >>> 1) * 2.0 + (bits & 1);
            return new NumberValue(d, false);
        }

        public long asLong() {
            return (long) value;
        }

        @Override
        public String asText() {
            return value == Math.rint(value) && Math.abs(value) < 1e18 ? Long.toString((long) value)
                    : Double.toString(value);
        }
    }

    /** A boolean; {@code ccenter_report} prints it as 1/0. */
    record BooleanValue(boolean value) implements Value {
        public static final BooleanValue TRUE = new BooleanValue(true);
        public static final BooleanValue FALSE = new BooleanValue(false);

        public static BooleanValue of(boolean value) {
            return value ? TRUE : FALSE;
        }

        @Override
        public String asText() {
            return value ? "1" : "0";
        }
    }

    /** A date with the server's own UTC offset; may be the nil date (no date). */
    record DateValue(CccpDate value) implements Value {
        public DateValue {
            Objects.requireNonNull(value, "value");
        }

        public boolean isNil() {
            return value.isNil();
        }

        /** The date in its own offset, {@code null} for the nil date. */
        public OffsetDateTime toOffsetDateTime() {
            return value.toOffsetDateTime();
        }

        @Override
        public String asText() {
            return isNil() ? "" : value.toOffsetDateTime().toString();
        }
    }

    /** A leaf the server sent no value for. */
    enum Undefined implements Value {
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
