package io.cccpexplorer.protocol.objects;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.DecodedList;
import io.cccpexplorer.protocol.blob.NamespaceTable;

import java.util.List;

/** {@code consistent_protocol_list}: the items of a {@code list_response}, a snapshot or one change. */
public record ProtocolList(List<ListItem> items) {

    public static final ProtocolList EMPTY = new ProtocolList(List.of());

    public ProtocolList {
        items = DecodedList.copyOf(items);
    }

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

    public static void write(BlobWriter w, ProtocolList list) {
        w.beginObject(NamespaceTable.PROTOCOL, ProtocolClasses.LIST, 0)
                .list(1, list.items, ListItem::write)
                .endObject();
    }
}
