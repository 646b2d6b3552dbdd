package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_node_object_content} (10008, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record QueryNodeObjectContent(int sessionId, int systemId, String path, boolean mayModify,
                                     boolean rawObject, String createClassName)
        implements ExplorerMessage {

    public static final int ID = 10008;

    public QueryNodeObjectContent {
        path = Objects.requireNonNullElse(path, "");
        createClassName = Objects.requireNonNullElse(createClassName, "");
    }

    static QueryNodeObjectContent read(ArgumentReader in) {
        return new QueryNodeObjectContent(in.u32(), in.u32(), in.str(), in.bool(), in.bool(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(path).bool(mayModify).bool(rawObject).str(createClassName);
    }
}
