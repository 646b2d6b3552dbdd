package io.cccpexplorer.protocol.objects;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.DecodedList;
import io.cccpexplorer.protocol.blob.NamespaceTable;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code consistent_protocol_object_format}: the tree of fields a client wants for each object of a query,
 * stored by the server per login session under {@code formatId} (wire spec §5.2).
 */
public record ObjectFormat(int formatId, List<FormatField> fields) {

    /**
     * Keeps an immutable copy of the fields.
     *
     * @param formatId the id the client registers the format under
     * @param fields the top-level fields
     */
    public ObjectFormat {
        fields = DecodedList.copyOf(fields);
    }

    /**
     * Reads a format whose header was already read (the argument of {@code set_object_format}).
     *
     * @param r the reader, positioned after the object's header
     * @return the format
     */
    public static ObjectFormat read(BlobReader r) {
        int formatId = 0;
        List<FormatField> fields = List.of();
        for (int f; (f = r.nextField()) != BlobReader.END; ) {
            switch (f) {
                case 1 -> formatId = r.u32();
                case 2 -> fields = r.readList(FormatField::read);
                default -> r.skipValue();
            }
        }
        return new ObjectFormat(formatId, fields);
    }

    /**
     * Writes a format, header to end marker, fields in C++ order.
     *
     * @param w the writer
     * @param format the format
     */
    public static void write(BlobWriter w, ObjectFormat format) {
        w.beginObject(NamespaceTable.PROTOCOL, ProtocolClasses.OBJECT_FORMAT, 0)
                .u32(1, format.formatId)
                .list(2, format.fields, FormatField::write)
                .endObject();
    }

    /**
     * Every leaf of the format, depth first.
     *
     * @return the leaves, whose values an {@code object_response} carries
     */
    public List<FormatField> leaves() {
        List<FormatField> out = new ArrayList<>();
        for (FormatField f : fields) {
            FormatField.collectLeaves(f, out);
        }
        return out;
    }
}
