package io.cccpexplorer.protocol.objects;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.DecodedList;
import io.cccpexplorer.protocol.blob.NamespaceTable;

import java.util.List;

/** {@code consistent_protocol_list}: the items of a {@code list_response}, a snapshot or one change. */
public record ProtocolList(List<ListItem> items) {

    /** The list with no items: the snapshot of an empty list. */
    public static final ProtocolList EMPTY = new ProtocolList(List.of());

    /**
     * Keeps an immutable copy of the items.
     *
     * @param items the list items, in order
     */
    public ProtocolList {
        items = DecodedList.copyOf(items);
    }

    /**
     * Reads a list whose header was already read (the argument of {@code list_response}).
     *
     * @param r the reader, positioned after the object's header
     * @return the list
     */
    public static ProtocolList read(BlobReader r) {
        List<ListItem> items = List.of();
        for (int f; (f = r.nextField()) != BlobReader.END; ) {
            if (f == 1) {
                items = r.readList(ListItem::read);
            } else {
                r.skipValue();
            }
        }
        return new ProtocolList(items);
    }

    /**
     * Writes a list, header to end marker.
     *
     * @param w the writer
     * @param list the list
     */
    public static void write(BlobWriter w, ProtocolList list) {
        w.beginObject(NamespaceTable.PROTOCOL, ProtocolClasses.LIST, 0)
                .list(1, list.items, ListItem::write)
                .endObject();
    }
}
