package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code select_and_query_object} (10044, client → server): queries the first object of a list that matches a
 * filter.
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
 * @param objectId the object the query starts from; 0 is the database root
 * @param field the dotted list field to follow from the start object (for example {@code sessions})
 * @param filter a filter in the dispatch's filter language ({@code .[session_type eq 3]}); "" keeps every object
 * @param formatId the id of an object format registered by {@code set_object_format}
 * @param listSystemId the system id of the list query the object came from, or 0
 */
public record SelectAndQueryObject(int sessionId, int systemId, String path, int objectId, String field,
                                   String filter, int formatId, int listSystemId)
        implements ExplorerMessage {

    /** The id of {@code select_and_query_object} on the wire. */
    public static final int ID = 10044;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
     * @param objectId the object the query starts from; 0 is the database root
     * @param field the dotted list field to follow from the start object (for example {@code sessions})
     * @param filter a filter in the dispatch's filter language ({@code .[session_type eq 3]}); "" keeps every object
     * @param formatId the id of an object format registered by {@code set_object_format}
     * @param listSystemId the system id of the list query the object came from, or 0
     */
    public SelectAndQueryObject {
        path = Objects.requireNonNullElse(path, "");
        field = Objects.requireNonNullElse(field, "");
        filter = Objects.requireNonNullElse(filter, "");
    }

    static SelectAndQueryObject read(ArgumentReader in) {
        return new SelectAndQueryObject(
                in.u32(),
                in.u32(),
                in.str(),
                in.u32(),
                in.str(),
                in.str(),
                in.u32(),
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
                .u32(formatId)
                .u32(listSystemId);
    }
}
