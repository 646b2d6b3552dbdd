package io.cccpexplorer.client;

/**
 * One item of a list snapshot: an object id and, rarely, a path relative to the query's path.
 *
 * @param objectId the object id
 * @param path     the item's relative path, "" when the server sent none (the dispatch never does)
 */
public record ListEntry(int objectId, String path) {

    /**
     * A {@code null} path becomes "".
     *
     * @param objectId the object id
     * @param path     the item's relative path
     */
    public ListEntry {
        path = path == null ? "" : path;
    }
}
