package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_node_binary_content} (10028, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record QueryNodeBinaryContent(int sessionId, int systemId, String path, int windowSize)
        implements ExplorerMessage {

    public static final int ID = 10028;

    public QueryNodeBinaryContent {
        path = Objects.requireNonNullElse(path, "");
    }

    static QueryNodeBinaryContent read(ArgumentReader in) {
        return new QueryNodeBinaryContent(in.u32(), in.u32(), in.str(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(path).u32(windowSize);
    }
}
