package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_list} (10011, client → server): opens a live list query; the server answers with the list snapshot,
 * then one list_response per change.
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
 * @param objectId the object the query starts from; 0 is the database root
 * @param field the dotted list field to follow from the start object (for example {@code sessions})
 * @param filter a filter in the dispatch's filter language ({@code .[session_type eq 3]}); "" keeps every object
 * @param pageSize the page size the client asks for, as the vendor client sends it
 * @param windowField the date field of a time-windowed list, or "" for a plain list
 * @param windowDuration the length of the time window of a windowed list
 */
public record QueryList(int sessionId, int systemId, String path, int objectId, String field, String filter,
                        int pageSize, String windowField, int windowDuration)
        implements ExplorerMessage {

    /** The id of {@code query_list} on the wire. */
    public static final int ID = 10011;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
     * @param objectId the object the query starts from; 0 is the database root
     * @param field the dotted list field to follow from the start object (for example {@code sessions})
     * @param filter a filter in the dispatch's filter language ({@code .[session_type eq 3]}); "" keeps every object
     * @param pageSize the page size the client asks for, as the vendor client sends it
     * @param windowField the date field of a time-windowed list, or "" for a plain list
     * @param windowDuration the length of the time window of a windowed list
     */
    public QueryList {
        path = Objects.requireNonNullElse(path, "");
        field = Objects.requireNonNullElse(field, "");
        filter = Objects.requireNonNullElse(filter, "");
        windowField = Objects.requireNonNullElse(windowField, "");
    }

    static QueryList read(ArgumentReader in) {
        return new QueryList(
                in.u32(),
                in.u32(),
                in.str(),
                in.u32(),
                in.str(),
                in.str(),
                in.u32(),
                in.str(),
                in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId)
                .u32(systemId)
                .str(path)
                .u32(objectId)
                .str(field)
                .str(filter)
                .u32(pageSize)
                .str(windowField)
                .u32(windowDuration);
    }
}
