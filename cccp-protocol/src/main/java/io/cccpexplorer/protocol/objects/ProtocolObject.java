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

    public ProtocolObject {
        values = DecodedList.copyOf(values);
    }

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

    public static void write(BlobWriter w, ProtocolObject object) {
        w.beginObject(NamespaceTable.PROTOCOL, ProtocolClasses.OBJECT, 0)
                .list(1, object.values, ObjectValue::write)
                .endObject();
    }
}
