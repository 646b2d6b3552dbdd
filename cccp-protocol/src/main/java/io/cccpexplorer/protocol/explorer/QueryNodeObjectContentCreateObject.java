package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_node_object_content_create_object} (10041, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record QueryNodeObjectContentCreateObject(int sessionId, int systemId, int creationId, String nameSpace,
                                                 String className)
        implements ExplorerMessage {

    public static final int ID = 10041;

    public QueryNodeObjectContentCreateObject {
        nameSpace = Objects.requireNonNullElse(nameSpace, "");
        className = Objects.requireNonNullElse(className, "");
    }

    static QueryNodeObjectContentCreateObject read(ArgumentReader in) {
        return new QueryNodeObjectContentCreateObject(in.u32(), in.u32(), in.u32(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).u32(creationId).str(nameSpace).str(className);
    }
}
