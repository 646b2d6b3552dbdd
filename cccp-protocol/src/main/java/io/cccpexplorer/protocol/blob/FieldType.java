package io.cccpexplorer.protocol.blob;

import io.cccpexplorer.protocol.CccpCodecException;

/**
 * The u16 type code that precedes every field value inside an object blob (wire spec §3.3).
 * Codes 101..107 and 170 are "inherited" variants: a flag byte, then the base type's value if the flag is set.
 */
public enum FieldType {
    /** Code 1: an unsigned 32-bit integer, 4 bytes LE. */
    UINT_32(1),
    /** Code 2: a signed 32-bit integer, 4 bytes LE. */
    INT_32(2),
    /** Code 3: a real as a length byte and C's {@code %.15g} text. */
    REAL(3),
    /** Code 4: one byte, 0 or 1. */
    BOOLEAN(4),
    /** Code 5: a u32 length and Latin-1 bytes; length {@code FF FF FF FF} is the NULL string. */
    STRING(5),
    /** Code 6: a 12-byte date. */
    DATE(6),
    /** Code 7: a u32 length and raw bytes. */
    BINARY(7),
    /** Code 8: an unsigned 64-bit integer, 8 bytes LE. */
    UINT_64(8),
    /** Code 9: an ECMAScript expression, encoded as a string. */
    ECMA_EXPRESSION(9),
    /** Code 10: an ECMAScript instruction, encoded as a string. */
    ECMA_INSTRUCTION(10),
    /** Code 50: a list of embedded objects, each with its own header and end marker. */
    LIST(50),
    /** Code 70: the id of another object of the same database; 0 is the null reference. */
    INTERNAL_REFERENCE(70),
    /** Code 71: a reference to an object elsewhere: a string and an index. */
    EXTERNAL_REFERENCE(71),
    /** Code 72: an embedded object, or a null reference. */
    DIRECT_REFERENCE(72),
    /** Code 101: a flag byte, then a {@link #UINT_32} value when the field is defined locally. */
    INHERITED_UINT_32(101),
    /** Code 102: a flag byte, then a {@link #INT_32} value when the field is defined locally. */
    INHERITED_INT_32(102),
    /** Code 103: a flag byte, then a {@link #REAL} value when the field is defined locally. */
    INHERITED_REAL(103),
    /** Code 104: a flag byte, then a {@link #BOOLEAN} value when the field is defined locally. */
    INHERITED_BOOLEAN(104),
    /** Code 105: a flag byte, then a {@link #STRING} value when the field is defined locally. */
    INHERITED_STRING(105),
    /** Code 106: a flag byte, then a {@link #DATE} value when the field is defined locally. */
    INHERITED_DATE(106),
    /** Code 107: a flag byte, then a {@link #UINT_64} value when the field is defined locally. */
    INHERITED_UINT_64(107),
    /** Code 170: a flag byte, then a {@link #INTERNAL_REFERENCE} value when the field is defined locally. */
    INHERITED_INTERNAL_REFERENCE(170);

    private static final FieldType[] BY_CODE = new FieldType[171];

    static {
        for (FieldType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    private final int code;

    FieldType(int code) {
        this.code = code;
    }

    /**
     * The type code on the wire.
     *
     * @return the u16 code
     */
    public int code() {
        return code;
    }

    /**
     * Whether this is an inherited variant (codes 101..107 and 170): a flag byte before the value.
     *
     * @return true for an inherited code
     */
    public boolean isInherited() {
        return code > 100;
    }

    /**
     * The type an inherited code carries when its flag is set.
     *
     * @return the base type; the type itself for a type that is not inherited
     */
    public FieldType base() {
        return switch (this) {
            case INHERITED_UINT_32 -> UINT_32;
            case INHERITED_INT_32 -> INT_32;
            case INHERITED_REAL -> REAL;
            case INHERITED_BOOLEAN -> BOOLEAN;
            case INHERITED_STRING -> STRING;
            case INHERITED_DATE -> DATE;
            case INHERITED_UINT_64 -> UINT_64;
            case INHERITED_INTERNAL_REFERENCE -> INTERNAL_REFERENCE;
            default -> this;
        };
    }

    /**
     * The inherited variant of a base type.
     *
     * @return the inherited type
     * @throws IllegalArgumentException if this type has no inherited variant
     */
    public FieldType inherited() {
        return switch (this) {
            case UINT_32 -> INHERITED_UINT_32;
            case INT_32 -> INHERITED_INT_32;
            case REAL -> INHERITED_REAL;
            case BOOLEAN -> INHERITED_BOOLEAN;
            case STRING -> INHERITED_STRING;
            case DATE -> INHERITED_DATE;
            case UINT_64 -> INHERITED_UINT_64;
            case INTERNAL_REFERENCE -> INHERITED_INTERNAL_REFERENCE;
            default -> throw new IllegalArgumentException(this + " has no inherited variant");
        };
    }

    /**
     * The type of a wire code.
     *
     * @param code the u16 code read from the wire
     * @param fieldId the field it precedes, named in the error
     * @return the type
     * @throws CccpCodecException for an unknown code
     */
    public static FieldType ofCode(int code, int fieldId) {
        FieldType t = code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
        if (t == null) {
            throw CccpCodecException.bad("field " + fieldId + " type code", code,
                    "one of 1-10, 50, 70-72, 101-107, 170");
        }
        return t;
    }
}
