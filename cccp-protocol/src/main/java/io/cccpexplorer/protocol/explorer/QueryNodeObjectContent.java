package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_node_object_content} (10008, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
 * @param mayModify whether the object is opened for modification
 * @param rawObject whether the object is wanted as raw (possibly compressed) bytes
 * @param createClassName the class to create the object with when the node has none
 */
public record QueryNodeObjectContent(int sessionId, int systemId, String path, boolean mayModify,
                                     boolean rawObject, String createClassName)
        implements ExplorerMessage {

    /** The id of {@code query_node_object_content} on the wire. */
    public static final int ID = 10008;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
     * @param mayModify whether the object is opened for modification
     * @param rawObject whether the object is wanted as raw (possibly compressed) bytes
     * @param createClassName the class to create the object with when the node has none
     */
    public QueryNodeObjectContent {
        path = Objects.requireNonNullElse(path, "");
        createClassName = Objects.requireNonNullElse(createClassName, "");
    }

    static QueryNodeObjectContent read(ArgumentReader in) {
        return new QueryNodeObjectContent(in.u32(), in.u32(), in.str(), in.bool(), in.bool(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(path).bool(mayModify).bool(rawObject).str(createClassName);
    }
}
