package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_node_object_content_update_field_boolean} (10025, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record QueryNodeObjectContentUpdateFieldBoolean(int sessionId, int systemId, String selection,
                                                       String fieldName, boolean value, int requestId)
        implements ExplorerMessage {

    public static final int ID = 10025;

    public QueryNodeObjectContentUpdateFieldBoolean {
        selection = Objects.requireNonNullElse(selection, "");
        fieldName = Objects.requireNonNullElse(fieldName, "");
    }

    static QueryNodeObjectContentUpdateFieldBoolean read(ArgumentReader in) {
        return new QueryNodeObjectContentUpdateFieldBoolean(
                in.u32(),
                in.u32(),
                in.str(),
                in.str(),
                in.bool(),
                in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(selection).str(fieldName).bool(value).u32(requestId);
    }
}
