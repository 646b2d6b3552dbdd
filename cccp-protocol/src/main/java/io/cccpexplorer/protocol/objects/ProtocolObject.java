package io.cccpexplorer.protocol.objects;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.DecodedList;
import io.cccpexplorer.protocol.blob.NamespaceTable;

import java.util.List;

/**
 * {@code consistent_protocol_object}: the values of an {@code object_response}, all leaves of the format the
 * first time, then only the leaves that changed. A leaf that does not exist on the object has no value here.
 */
public record ProtocolObject(List<ObjectValue> values) {

    /**
     * Keeps an immutable copy of the values.
     *
     * @param values the leaf values, in order
     */
    public ProtocolObject {
        values = DecodedList.copyOf(values);
    }

    /**
     * Reads the values whose object header was already read (the argument of {@code object_response}).
     *
     * @param r the reader, positioned after the object's header
     * @return the values
     */
    public static ProtocolObject read(BlobReader r) {
        List<ObjectValue> values = List.of();
        for (int f; (f = r.nextField()) != BlobReader.END; ) {
            if (f == 1) {
                values = r.readList(ObjectValue::read);
            } else {
                r.skipValue();
            }
        }
        return new ProtocolObject(values);
    }

    /**
     * Writes the values, header to end marker.
     *
     * @param w the writer
     * @param object the values
     */
    public static void write(BlobWriter w, ProtocolObject object) {
        w.beginObject(NamespaceTable.PROTOCOL, ProtocolClasses.OBJECT, 0)
                .list(1, object.values, ObjectValue::write)
                .endObject();
    }
}
