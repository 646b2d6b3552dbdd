package io.cccpexplorer.client;

import java.util.Objects;

/**
 * What {@code query_list} asks for: the list field {@code field} of object {@code objectId} (0 = the database
 * root), optionally filtered (wire spec §5.4, e.g. {@code .[session_type eq 1]}). Immutable; the {@code with}
 * methods return copies.
 *
 * @param objectId the object holding the list, 0 for the root
 * @param field    the list field, e.g. {@code sessions}, {@code queues}, {@code events}
 * @param filter   the server-side filter, "" for none
 * @param path     the database path argument; the dispatch ignores it, {@code /dispatch} by default
 */
public record ListQuery(int objectId, String field, String filter, String path) {

    /** The database path {@code ccenter_report} sends. */
    public static final String DEFAULT_PATH = "/dispatch";

    /**
     * Checks the field; a {@code null} filter or path becomes "".
     *
     * @param objectId the object holding the list
     * @param field    the list field
     * @param filter   the server-side filter
     * @param path     the database path argument
     */
    public ListQuery {
        Objects.requireNonNull(field, "field");
        if (field.isEmpty()) {
            throw new IllegalArgumentException("field: empty (expected: a list field such as sessions)");
        }
        filter = Objects.requireNonNullElse(filter, "");
        path = Objects.requireNonNullElse(path, "");
    }

    /**
     * @param objectId the object holding the list, 0 for the root
     * @param field    the list field
     * @return the query, unfiltered, on {@link #DEFAULT_PATH}
     */
    public static ListQuery of(int objectId, String field) {
        return new ListQuery(objectId, field, "", DEFAULT_PATH);
    }

    /**
     * @param filter a server-side filter such as {@code .[session_type eq 1]}
     * @return a copy with that filter
     */
    public ListQuery filter(String filter) {
        return new ListQuery(objectId, field, filter, path);
    }

    /**
     * @param path the database path argument
     * @return a copy with that path
     */
    public ListQuery path(String path) {
        return new ListQuery(objectId, field, filter, path);
    }

    /** @return how error messages name this query, e.g. {@code query_list sessions on object 0} */
    public String describe() {
        return "query_list " + field + " on object " + Integer.toUnsignedString(objectId)
                + (filter.isEmpty() ? "" : " with filter " + filter);
    }
}
