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

    FieldType type();

    record U32(int value) implements FieldValue {
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

    record Bool(boolean value) implements FieldValue {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);

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

    record Date(CccpDate value) implements FieldValue {
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
        public Binary {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

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

    record EcmaExpression(String value) implements FieldValue {
        @Override
        public FieldType type() {
            return FieldType.ECMA_EXPRESSION;
        }
    }

    record EcmaInstruction(String value) implements FieldValue {
        @Override
        public FieldType type() {
            return FieldType.ECMA_INSTRUCTION;
        }
    }

    /** A list of embedded objects. */
    record ListOf(List<CdepObject> items) implements FieldValue {
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
