package io.cccpexplorer.protocol.objects;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.blob.NamespaceTable;

import java.util.Objects;

/** {@code consistent_protocol_named_object_value_<type>}: a named boolean, integer, number, string or date. */
public record NamedScalar(String name, FieldValue value) implements NamedValue {

    /**
     * Checks that the value's type has a named-value class.
     *
     * @param name the entry's name; {@code null} when the sender left it NULL
     * @param value a boolean, uint_32, int_32, real, string or date value
     * @throws io.cccpexplorer.protocol.CccpCodecException for another type
     */
    public NamedScalar {
        Objects.requireNonNull(value, "value");
        NamedValue.classIdOf(value.type());
    }

    static NamedScalar readBody(BlobReader r, int classId) {
        String name = null;
        FieldValue value = null;
        for (int f; (f = r.nextField()) != BlobReader.END; ) {
            if (f == 1) {
                name = r.str();
            } else if (f == ProtocolClasses.VALUE_FIELD) {
                value = r.value();
            } else {
                r.skipValue();
            }
        }
        if (value == null) {
            throw CccpCodecException.bad("named value " + name + " of class 0x" + Integer.toHexString(classId),
                    "no value field", "field 1000");
        }
        return new NamedScalar(name, value);
    }

    static void write(BlobWriter w, NamedScalar v) {
        w.beginObject(NamespaceTable.PROTOCOL, NamedValue.classIdOf(v.value.type()), 0)
                .str(1, v.name)
                .value(ProtocolClasses.VALUE_FIELD, v.value)
                .endObject();
    }
}
