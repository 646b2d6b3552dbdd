package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code delete_node} (10021, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record DeleteNode(int sessionId, int systemId, String nodeName) implements ExplorerMessage {

    public static final int ID = 10021;

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
