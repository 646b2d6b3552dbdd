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

    /** The kind of a field of this wire type code (protocol-spec's {@code type}); {@code null} if not kept. */
    static FieldKind ofTypeCode(int code) {
        for (FieldKind k : values()) {
            if (k.wireType.code() == code) {
                return k;
            }
        }
        return null;
    }
}
