package io.cccpexplorer.protocol.objects;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.FieldType;
import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.blob.NamespaceTable;

import java.util.Objects;

/**
 * {@code consistent_protocol_object_value_*}: the value of one leaf of an object format, keyed by the leaf's
 * {@code field_index}. The subclass (uint_32, int_32, real, boolean, string, date, uint_64) follows from the
 * value's type.
 */
public record ObjectValue(int fieldIndex, FieldValue value) {

    /**
     * Checks that the value's type has a value class.
     *
     * @param fieldIndex the leaf's {@code field_index}
     * @param value a uint_32, int_32, real, boolean, string, date or uint_64 value
     * @throws io.cccpexplorer.protocol.CccpCodecException for another type
     */
    public ObjectValue {
        Objects.requireNonNull(value, "value");
        classIdOf(value.type());
    }

    /**
     * The value class for a field type; only the seven scalar types have one.
     *
     * @param type the value's type
     * @return the class id of {@code consistent_protocol_object_value_<type>}
     * @throws io.cccpexplorer.protocol.CccpCodecException for another type
     */
    public static int classIdOf(FieldType type) {
        return switch (type) {
            case UINT_32 -> ProtocolClasses.OBJECT_VALUE_UINT_32;
            case INT_32 -> ProtocolClasses.OBJECT_VALUE_INT_32;
            case REAL -> ProtocolClasses.OBJECT_VALUE_REAL;
            case BOOLEAN -> ProtocolClasses.OBJECT_VALUE_BOOLEAN;
            case STRING -> ProtocolClasses.OBJECT_VALUE_STRING;
            case DATE -> ProtocolClasses.OBJECT_VALUE_DATE;
            case UINT_64 -> ProtocolClasses.OBJECT_VALUE_UINT_64;
            default -> throw CccpCodecException.bad("object value type", type,
                    "uint_32, int_32, real, boolean, string, date or uint_64");
        };
    }

    static ObjectValue read(BlobReader r) {
        int index = 0;
        FieldValue value = null;
        for (int f; (f = r.nextField()) != BlobReader.END; ) {
            if (f == 1) {
                index = r.u32();
            } else if (f == ProtocolClasses.VALUE_FIELD) {
                value = r.value();
            } else {
                r.skipValue();
            }
        }
        if (value == null) {
            throw CccpCodecException.bad("object value " + index, "no value field", "field 1000");
        }
        return new ObjectValue(index, value);
    }

    /** C++ field order: field_index (base class), then value. */
    static void write(BlobWriter w, ObjectValue v) {
        w.beginObject(NamespaceTable.PROTOCOL, classIdOf(v.value.type()), 0)
                .u32(1, v.fieldIndex)
                .value(ProtocolClasses.VALUE_FIELD, v.value)
                .endObject();
    }
}
