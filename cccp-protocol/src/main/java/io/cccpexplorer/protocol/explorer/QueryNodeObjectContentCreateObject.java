package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_node_object_content_create_object} (10041, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param creationId the client-chosen id of the object being created
 * @param nameSpace the namespace of the created object's class
 * @param className the name of the class concerned
 */
public record QueryNodeObjectContentCreateObject(int sessionId, int systemId, int creationId, String nameSpace,
                                                 String className)
        implements ExplorerMessage {

    /** The id of {@code query_node_object_content_create_object} on the wire. */
    public static final int ID = 10041;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param creationId the client-chosen id of the object being created
     * @param nameSpace the namespace of the created object's class
     * @param className the name of the class concerned
     */
    public QueryNodeObjectContentCreateObject {
        nameSpace = Objects.requireNonNullElse(nameSpace, "");
        className = Objects.requireNonNullElse(className, "");
    }

    static QueryNodeObjectContentCreateObject read(ArgumentReader in) {
        return new QueryNodeObjectContentCreateObject(in.u32(), in.u32(), in.u32(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).u32(creationId).str(nameSpace).str(className);
    }
}
