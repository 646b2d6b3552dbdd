package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_object} (10012, client → server): opens a live object query; the server answers with all values,
 * then with the values that changed.
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
 * @param objectId the object the query starts from; 0 is the database root
 * @param formatId the id of an object format registered by {@code set_object_format}
 * @param listSystemId the system id of the list query the object came from, or 0
 */
public record QueryObject(int sessionId, int systemId, String path, int objectId, int formatId,
                          int listSystemId)
        implements ExplorerMessage {

    /** The id of {@code query_object} on the wire. */
    public static final int ID = 10012;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
     * @param objectId the object the query starts from; 0 is the database root
     * @param formatId the id of an object format registered by {@code set_object_format}
     * @param listSystemId the system id of the list query the object came from, or 0
     */
    public QueryObject {
        path = Objects.requireNonNullElse(path, "");
    }

    static QueryObject read(ArgumentReader in) {
        return new QueryObject(in.u32(), in.u32(), in.str(), in.u32(), in.u32(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(path).u32(objectId).u32(formatId).u32(listSystemId);
    }
}
