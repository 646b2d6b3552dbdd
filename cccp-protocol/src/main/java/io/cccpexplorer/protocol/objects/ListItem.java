package io.cccpexplorer.protocol.objects;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.NamespaceTable;

/**
 * {@code consistent_protocol_list_item}: one change of a live list (wire spec §4.2).
 *
 * @param action {@link #ADDED} (entered the list), {@link #FILTERED_OUT} (no longer matches the filter or left
 *               the time window) or {@link #REMOVED} (removed from the collection); other values are kept as
 *               received
 * @param path   relative path of the item, {@code null} (the dispatch always sends NULL)
 * @param itemId object id of the item
 * @param rank   position in the underlying collection
 */
public record ListItem(int action, String path, int itemId, int rank) {

    /** Action 1: the object entered the list (inserted, or now matches the filter). */
    public static final int ADDED = 1;
    /** Action 2: the object no longer matches the filter or left the time window. */
    public static final int FILTERED_OUT = 2;
    /** Action 3: the object was removed from the collection. */
    public static final int REMOVED = 3;

    /**
     * An {@link #ADDED} item without a path, as the dispatch sends them.
     *
     * @param itemId the object id of the item
     * @param rank its position in the collection
     * @return the item
     */
    public static ListItem added(int itemId, int rank) {
        return new ListItem(ADDED, null, itemId, rank);
    }

    /**
     * True for both ways of leaving a list (actions 2 and 3).
     *
     * @return whether the item leaves the list
     */
    public boolean isRemoval() {
        return action == FILTERED_OUT || action == REMOVED;
    }

    static ListItem read(BlobReader r) {
        int action = 0;
        String path = null;
        int itemId = 0;
        int rank = 0;
        for (int f; (f = r.nextField()) != BlobReader.END; ) {
            switch (f) {
                case 1 -> action = r.u32();
                case 4 -> path = r.str();
                case 2 -> itemId = r.u32();
                case 3 -> rank = r.u32();
                default -> r.skipValue();
            }
        }
        return new ListItem(action, path, itemId, rank);
    }

    /** C++ field order: action, path, item_id, rank. */
    static void write(BlobWriter w, ListItem item) {
        w.beginObject(NamespaceTable.PROTOCOL, ProtocolClasses.LIST_ITEM, 0)
                .u32(1, item.action)
                .str(4, item.path)
                .u32(2, item.itemId)
                .u32(3, item.rank)
                .endObject();
    }
}
