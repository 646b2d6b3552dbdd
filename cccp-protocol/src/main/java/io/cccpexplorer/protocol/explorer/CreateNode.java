package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code create_node} (10003, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record CreateNode(int sessionId, int systemId, String nodeName) implements ExplorerMessage {

    public static final int ID = 10003;

    public CreateNode {
        nodeName = Objects.requireNonNullElse(nodeName, "");
    }

    static CreateNode read(ArgumentReader in) {
        return new CreateNode(in.u32(), in.u32(), in.str());
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
