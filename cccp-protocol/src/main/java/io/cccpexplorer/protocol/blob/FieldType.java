package io.cccpexplorer.protocol.blob;

import io.cccpexplorer.protocol.CccpCodecException;

/**
 * The u16 type code that precedes every field value inside an object blob (wire spec §3.3).
 * Codes 101..107 and 170 are "inherited" variants: a flag byte, then the base type's value if the flag is set.
 */
public enum FieldType {
    UINT_32(1),
    INT_32(2),
    REAL(3),
    BOOLEAN(4),
    STRING(5),
    DATE(6),
    BINARY(7),
    UINT_64(8),
    ECMA_EXPRESSION(9),
    ECMA_INSTRUCTION(10),
    LIST(50),
    INTERNAL_REFERENCE(70),
    EXTERNAL_REFERENCE(71),
    DIRECT_REFERENCE(72),
    INHERITED_UINT_32(101),
    INHERITED_INT_32(102),
    INHERITED_REAL(103),
    INHERITED_BOOLEAN(104),
    INHERITED_STRING(105),
    INHERITED_DATE(106),
    INHERITED_UINT_64(107),
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

    public int code() {
        return code;
    }

    public boolean isInherited() {
        return code > 100;
    }

    /** The type an inherited code carries when its flag is set; the type itself otherwise. */
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

    /** The inherited variant of a base type. */
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

    /** The type of a wire code, or a codec error naming the field for an unknown code. */
    public static FieldType ofCode(int code, int fieldId) {
        FieldType t = code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
        if (t == null) {
            throw CccpCodecException.bad("field " + fieldId + " type code", code,
                    "one of 1-10, 50, 70-72, 101-107, 170");
        }
        return t;
    }
}
