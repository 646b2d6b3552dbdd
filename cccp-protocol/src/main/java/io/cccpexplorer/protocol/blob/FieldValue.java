package io.cccpexplorer.protocol.blob;

import io.cccpexplorer.protocol.wire.CccpDate;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The value of one field inside an object blob, one record per wire type code (wire spec §3.3).
 * Unsigned wire integers are held in Java's signed types with the same bits; {@link U32#unsigned()} widens.
 */
public sealed interface FieldValue {

    /**
     * The wire type this value is written with.
     *
     * @return the type code's type
     */
    FieldType type();

    /**
     * A {@code uint_32} value.
     *
     * @param value its 32 bits
     */
    record U32(int value) implements FieldValue {
        /**
         * The value as the unsigned number it is on the wire.
         *
         * @return 0 .. 2^32-1
         */
        public long unsigned() {
            return Integer.toUnsignedLong(value);
        }

        @Override
        public FieldType type() {
            return FieldType.UINT_32;
        }

        @Override
        public String toString() {
            return Integer.toUnsignedString(value);
        }
    }

    /**
     * An {@code int_32} value.
     *
     * @param value the value
     */
    record I32(int value) implements FieldValue {
        @Override
        public FieldType type() {
            return FieldType.INT_32;
        }

        @Override
        public String toString() {
            return Integer.toString(value);
        }
    }

    /**
     * A {@code real} value.
     *
     * @param value the value
     */
    record Real(double value) implements FieldValue {
        @Override
        public FieldType type() {
            return FieldType.REAL;
        }

        @Override
        public String toString() {
            return Double.toString(value);
        }
    }

    /**
     * A {@code boolean} value.
     *
     * @param value the value
     */
    record Bool(boolean value) implements FieldValue {
        /** The true value, shared. */
        public static final Bool TRUE = new Bool(true);
        /** The false value, shared. */
        public static final Bool FALSE = new Bool(false);

        /**
         * The shared instance for a boolean.
         *
         * @param value the value
         * @return {@link #TRUE} or {@link #FALSE}
         */
        public static Bool of(boolean value) {
            return value ? TRUE : FALSE;
        }

        @Override
        public FieldType type() {
            return FieldType.BOOLEAN;
        }

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** A string; {@code null} is the object-level NULL string ({@code FF FF FF FF}), distinct from "". */
    record Str(String value) implements FieldValue {
        @Override
        public FieldType type() {
            return FieldType.STRING;
        }

        @Override
        public String toString() {
            return value == null ? "NULL" : '"' + value + '"';
        }
    }

    /**
     * A {@code date} value.
     *
     * @param value the date; {@link CccpDate#NIL} for no date
     */
    record Date(CccpDate value) implements FieldValue {
        /**
         * Refuses {@code null}: a missing date is {@link CccpDate#NIL}.
         *
         * @param value the date
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Date {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public FieldType type() {
            return FieldType.DATE;
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** Raw bytes; compared by content. */
    record Binary(byte[] value) implements FieldValue {
        /**
         * Keeps a copy of the bytes, so that the value stays immutable.
         *
         * @param value the bytes
         */
        public Binary {
            value = value.clone();
        }

        /**
         * The bytes, as a fresh copy.
         *
         * @return a copy of the bytes
         */
        @Override
        public byte[] value() {
            return value.clone();
        }

        /**
         * How many bytes the value holds.
         *
         * @return the length
         */
        public int length() {
            return value.length;
        }

        @Override
        public FieldType type() {
            return FieldType.BINARY;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Binary b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Binary[" + HexFormat.of().formatHex(value) + "]";
        }
    }

    /**
     * A {@code uint_64} value.
     *
     * @param value its 64 bits
     */
    record U64(long value) implements FieldValue {
        @Override
        public FieldType type() {
            return FieldType.UINT_64;
        }

        @Override
        public String toString() {
            return Long.toUnsignedString(value);
        }
    }

    /**
     * An {@code ecma_expression} value: ECMAScript text the vendor evaluates.
     *
     * @param value the expression
     */
    record EcmaExpression(String value) implements FieldValue {
        @Override
        public FieldType type() {
            return FieldType.ECMA_EXPRESSION;
        }
    }

    /**
     * An {@code ecma_instruction} value: ECMAScript text the vendor runs.
     *
     * @param value the instruction
     */
    record EcmaInstruction(String value) implements FieldValue {
        @Override
        public FieldType type() {
            return FieldType.ECMA_INSTRUCTION;
        }
    }

    /** A list of embedded objects. */
    record ListOf(List<CdepObject> items) implements FieldValue {
        /**
         * Keeps an immutable copy of the items.
         *
         * @param items the embedded objects, in order
         */
        public ListOf {
            items = DecodedList.copyOf(items);
        }

        @Override
        public FieldType type() {
            return FieldType.LIST;
        }
    }

    /** The id of another object of the same database; 0 is the null reference. */
    record InternalRef(int objectId) implements FieldValue {
        @Override
        public FieldType type() {
            return FieldType.INTERNAL_REFERENCE;
        }
    }

    /**
     * An {@code external_reference} value: an object outside this database.
     *
     * @param reference the reference string, as the vendor writes it
     * @param index the index value that goes with it
     */
    record ExternalRef(String reference, int index) implements FieldValue {
        @Override
        public FieldType type() {
            return FieldType.EXTERNAL_REFERENCE;
        }
    }

    /** An embedded object, or {@code null} for the null reference. */
    record DirectRef(CdepObject target) implements FieldValue {
        @Override
        public FieldType type() {
            return FieldType.DIRECT_REFERENCE;
        }
    }

    /**
     * An inherited field: {@code local} is the locally defined value of the base type, or {@code null} when the
     * field takes its value from the parent (flag byte 0).
     */
    record Inherited(FieldType inheritedType, FieldValue local) implements FieldValue {
        /**
         * Checks that {@code local} has the base type of {@code inheritedType}.
         *
         * @param inheritedType one of the inherited codes
         * @param local the local value, or {@code null} when the parent's value applies
         * @throws IllegalArgumentException if the type is not inherited or the local value has another type
         */
        public Inherited {
            if (!inheritedType.isInherited()) {
                throw new IllegalArgumentException(inheritedType + " is not an inherited type");
            }
            if (local != null && local.type() != inheritedType.base()) {
                throw new IllegalArgumentException(
                        "local value type: " + local.type() + " (expected: " + inheritedType.base() + ")");
            }
        }

        @Override
        public FieldType type() {
            return inheritedType;
        }
    }
}
