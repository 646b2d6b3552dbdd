package io.cccpexplorer.protocol.objects;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.DecodedList;
import io.cccpexplorer.protocol.blob.NamespaceTable;

import java.util.List;
import java.util.Optional;

/**
 * {@code consistent_protocol_named_object}: a named tree of values, the payload of client and server events.
 * Its subclass {@code consistent_protocol_interface_object} adds a {@code type}; {@code interfaceType} holds it,
 * {@code null} for a plain named object.
 */
public record NamedObject(String name, List<NamedValue> values, String interfaceType) implements NamedValue {

    /**
     * Keeps an immutable copy of the values.
     *
     * @param name the object's name; {@code null} when the sender left it NULL
     * @param values its entries, in order
     * @param interfaceType the {@code type} of a {@code consistent_protocol_interface_object}, {@code null} for a plain
     *     named object
     */
    public NamedObject {
        values = DecodedList.copyOf(values);
    }

    /**
     * A plain named object (not an interface object).
     *
     * @param name the object's name
     * @param values its entries, in order
     */
    public NamedObject(String name, List<NamedValue> values) {
        this(name, values, null);
    }

    /**
     * The entry called {@code entryName}, if any.
     *
     * @param entryName the entry's name
     * @return the first entry of that name, or empty
     */
    public Optional<NamedValue> get(String entryName) {
        return values.stream().filter(v -> entryName.equals(v.name())).findFirst();
    }

    /**
     * Reads a named object whose header was already read (the root of an event's object argument).
     *
     * @param r the reader, positioned after the object's header
     * @return the named object
     * @throws io.cccpexplorer.protocol.CccpCodecException if the blob breaks the wire format
     */
    public static NamedObject read(BlobReader r) {
        return readBody(r, r.classId());
    }

    static NamedObject readBody(BlobReader r, int classId) {
        String name = null;
        List<NamedValue> values = List.of();
        String type = null;
        for (int f; (f = r.nextField()) != BlobReader.END; ) {
            if (f == 1) {
                name = r.str();
            } else if (f == ProtocolClasses.VALUE_FIELD) {
                values = r.readList(NamedValue::read);
            } else if (f == 2000 && classId == ProtocolClasses.INTERFACE_OBJECT) {
                type = r.str();
            } else {
                r.skipValue();
            }
        }
        if (classId == ProtocolClasses.INTERFACE_OBJECT && type == null) {
            type = "";
        }
        return new NamedObject(name, values, type);
    }

    /**
     * Writes a named object (or an interface object when it has an interface type), header to end marker.
     *
     * @param w the writer
     * @param o the object
     */
    public static void write(BlobWriter w, NamedObject o) {
        boolean iface = o.interfaceType != null;
        w.beginObject(NamespaceTable.PROTOCOL,
                iface ? ProtocolClasses.INTERFACE_OBJECT : ProtocolClasses.NAMED_OBJECT, 0)
                .str(1, o.name)
                .list(ProtocolClasses.VALUE_FIELD, o.values, NamedValue::write);
        if (iface) {
            w.str(2000, o.interfaceType);
        }
        w.endObject();
    }
}
