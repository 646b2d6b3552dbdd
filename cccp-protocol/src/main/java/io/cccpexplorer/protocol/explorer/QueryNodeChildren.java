package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_node_children} (10009, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record QueryNodeChildren(int sessionId, int systemId, String path) implements ExplorerMessage {

    public static final int ID = 10009;

    public QueryNodeChildren {
        path = Objects.requireNonNullElse(path, "");
    }

    static QueryNodeChildren read(ArgumentReader in) {
        return new QueryNodeChildren(in.u32(), in.u32(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(path);
    }
}
