package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code delete_node} (10021, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param nodeName the configuration-tree node concerned
 */
public record DeleteNode(int sessionId, int systemId, String nodeName) implements ExplorerMessage {

    /** The id of {@code delete_node} on the wire. */
    public static final int ID = 10021;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param nodeName the configuration-tree node concerned
     */
    public DeleteNode {
        nodeName = Objects.requireNonNullElse(nodeName, "");
    }

    static DeleteNode read(ArgumentReader in) {
        return new DeleteNode(in.u32(), in.u32(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(nodeName);
    }
}
