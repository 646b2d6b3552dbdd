package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code move_node} (10045, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record MoveNode(int sessionId, int systemId, String nodeName, String newNodeName)
        implements ExplorerMessage {

    public static final int ID = 10045;

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
