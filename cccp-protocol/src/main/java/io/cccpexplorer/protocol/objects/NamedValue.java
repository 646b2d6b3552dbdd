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

    /**
     * The entry's name.
     *
     * @return the name; {@code null} when the sender left it NULL
     */
    String name();

    /**
     * Reads one entry, a scalar or a nested named object, whose header was already read.
     *
     * @param r the reader, positioned after the entry's header
     * @return the entry
     * @throws io.cccpexplorer.protocol.CccpCodecException if a scalar entry carries no value field
     */
    static NamedValue read(BlobReader r) {
        int classId = r.classId();
        if (classId == ProtocolClasses.NAMED_OBJECT || classId == ProtocolClasses.INTERFACE_OBJECT) {
            return NamedObject.readBody(r, classId);
        }
        return NamedScalar.readBody(r, classId);
    }

    /**
     * Writes one entry, header to end marker.
     *
     * @param w the writer
     * @param value the entry
     */
    static void write(BlobWriter w, NamedValue value) {
        if (value instanceof NamedObject o) {
            NamedObject.write(w, o);
        } else {
            NamedScalar.write(w, (NamedScalar) value);
        }
    }

    /**
     * The named-value class for a scalar type.
     *
     * @param type the value's type
     * @return the class id of {@code consistent_protocol_named_object_value_<type>}
     * @throws io.cccpexplorer.protocol.CccpCodecException for a type no named value carries
     */
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
