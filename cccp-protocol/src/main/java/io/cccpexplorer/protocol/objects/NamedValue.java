package io.cccpexplorer.protocol.objects;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.FieldType;

/**
 * {@code consistent_protocol_named_object_value}: a named entry of the tree that events carry, either a scalar
 * ({@link NamedScalar}) or a nested {@link NamedObject}.
 */
public sealed interface NamedValue permits NamedScalar, NamedObject {

    /** The entry's name; {@code null} when the sender left it NULL. */
    String name();

    static NamedValue read(BlobReader r) {
        int classId = r.classId();
        if (classId == ProtocolClasses.NAMED_OBJECT || classId == ProtocolClasses.INTERFACE_OBJECT) {
            return NamedObject.readBody(r, classId);
        }
        return NamedScalar.readBody(r, classId);
    }

    static void write(BlobWriter w, NamedValue value) {
        if (value instanceof NamedObject o) {
            NamedObject.write(w, o);
        } else {
            NamedScalar.write(w, (NamedScalar) value);
        }
    }

    /** The named-value class for a scalar type. */
    static int classIdOf(FieldType type) {
        return switch (type) {
            case BOOLEAN -> ProtocolClasses.NAMED_VALUE_BOOLEAN;
            case UINT_32 -> ProtocolClasses.NAMED_VALUE_UINT_32;
            case INT_32 -> ProtocolClasses.NAMED_VALUE_INT_32;
            case REAL -> ProtocolClasses.NAMED_VALUE_NUMBER;
            case STRING -> ProtocolClasses.NAMED_VALUE_STRING;
            case DATE -> ProtocolClasses.NAMED_VALUE_DATE;
            default -> throw CccpCodecException.bad("named value type", type,
                    "boolean, uint_32, int_32, real, string or date");
        };
    }
}
