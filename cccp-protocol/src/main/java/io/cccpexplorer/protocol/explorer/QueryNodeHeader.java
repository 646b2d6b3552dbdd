package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_node_header} (10007, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record QueryNodeHeader(int sessionId, int systemId, String path) implements ExplorerMessage {

    public static final int ID = 10007;

    public QueryNodeHeader {
        path = Objects.requireNonNullElse(path, "");
    }

    static QueryNodeHeader read(ArgumentReader in) {
        return new QueryNodeHeader(in.u32(), in.u32(), in.str());
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
