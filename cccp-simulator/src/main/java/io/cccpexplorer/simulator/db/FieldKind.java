package io.cccpexplorer.simulator.db;

import io.cccpexplorer.protocol.blob.FieldType;

/** The type of a database field, as the class tables name it (wire spec Appendix A). */
public enum FieldKind {
    UINT32(FieldType.UINT_32),
    INT32(FieldType.INT_32),
    REAL(FieldType.REAL),
    BOOLEAN(FieldType.BOOLEAN),
    STRING(FieldType.STRING),
    DATE(FieldType.DATE),
    UINT64(FieldType.UINT_64),
    LIST(FieldType.LIST),
    INTERNAL_REF(FieldType.INTERNAL_REFERENCE),
    DIRECT_REF(FieldType.DIRECT_REFERENCE);

    private final FieldType wireType;

    FieldKind(FieldType wireType) {
        this.wireType = wireType;
    }

    /** The wire type code of a value of this kind. */
    public FieldType wireType() {
        return wireType;
    }

    /** True for the seven kinds that produce an object value in an object_response. */
    public boolean isScalar() {
        return this != LIST && this != INTERNAL_REF && this != DIRECT_REF;
    }

    /** True for the kinds whose value is another object. */
    public boolean isReference() {
        return this == INTERNAL_REF || this == DIRECT_REF;
    }

    static FieldKind parse(String spec) {
        String base = spec.contains("<") ? spec.substring(0, spec.indexOf('<')) : spec;
        return switch (base) {
            case "uint32" -> UINT32;
            case "int32" -> INT32;
            case "real" -> REAL;
            case "boolean" -> BOOLEAN;
            case "string" -> STRING;
            case "date" -> DATE;
            case "uint64" -> UINT64;
            case "list" -> LIST;
            case "internal_ref" -> INTERNAL_REF;
            case "direct_ref" -> DIRECT_REF;
            default -> throw new IllegalArgumentException("field type: " + spec);
        };
    }
}
