package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code move_node} (10045, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param nodeName the configuration-tree node concerned
 * @param newNodeName the node's new name or place
 */
public record MoveNode(int sessionId, int systemId, String nodeName, String newNodeName)
        implements ExplorerMessage {

    /** The id of {@code move_node} on the wire. */
    public static final int ID = 10045;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param nodeName the configuration-tree node concerned
     * @param newNodeName the node's new name or place
     */
    public MoveNode {
        nodeName = Objects.requireNonNullElse(nodeName, "");
        newNodeName = Objects.requireNonNullElse(newNodeName, "");
    }

    static MoveNode read(ArgumentReader in) {
        return new MoveNode(in.u32(), in.u32(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(nodeName).str(newNodeName);
    }
}
