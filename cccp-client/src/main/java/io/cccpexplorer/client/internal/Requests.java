package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.explorer.QueryObject;

/** The two query messages, built exactly as {@code ccenter_report} builds them. */
final class Requests {

    private Requests() {
    }

    /** {@code query_list(1, id, path, object, field, filter, page_size=0, window_field="", window=0)}. */
    static QueryList queryList(int systemId, ListQuery query) {
        return new QueryList(ExplorerSession.SESSION_ID, systemId, query.path(), query.objectId(), query.field(),
                query.filter(), 0, "", 0);
    }

    /** {@code query_object(1, id, path, object, format, list_system_id=0)}. */
    static QueryObject queryObject(int systemId, String path, int objectId, int formatId) {
        return new QueryObject(ExplorerSession.SESSION_ID, systemId, path, objectId, formatId, 0);
    }

    /** An item's query path: the list's path, joined with the item's relative path when it has one. */
    static String itemPath(ListQuery query, String itemPath) {
        return itemPath == null || itemPath.isEmpty() ? query.path() : query.path() + "/" + itemPath;
    }
}
