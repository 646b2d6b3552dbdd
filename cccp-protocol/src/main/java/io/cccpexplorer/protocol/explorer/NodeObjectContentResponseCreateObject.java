package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code node_object_content_response_create_object} (20032, server → client).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param creationId the client-chosen id of the object being created
 * @param objectIndex the index the server gave the created object
 * @param nameSpace the namespace of the created object's class
 * @param className the name of the class concerned
 */
public record NodeObjectContentResponseCreateObject(int sessionId, int systemId, int creationId,
                                                    int objectIndex, String nameSpace, String className)
        implements ExplorerMessage {

    /** The id of {@code node_object_content_response_create_object} on the wire. */
    public static final int ID = 20032;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param creationId the client-chosen id of the object being created
     * @param objectIndex the index the server gave the created object
     * @param nameSpace the namespace of the created object's class
     * @param className the name of the class concerned
     */
    public NodeObjectContentResponseCreateObject {
        nameSpace = Objects.requireNonNullElse(nameSpace, "");
        className = Objects.requireNonNullElse(className, "");
    }

    static NodeObjectContentResponseCreateObject read(ArgumentReader in) {
        return new NodeObjectContentResponseCreateObject(
                in.u32(),
                in.u32(),
                in.u32(),
                in.u32(),
                in.str(),
                in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).u32(creationId).u32(objectIndex).str(nameSpace).str(className);
    }
}
