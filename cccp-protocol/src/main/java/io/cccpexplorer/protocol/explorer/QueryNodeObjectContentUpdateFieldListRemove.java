package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_node_object_content_update_field_list_remove} (10037, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record QueryNodeObjectContentUpdateFieldListRemove(int sessionId, int systemId, String selection,
                                                          String fieldName, int value, int requestId)
        implements ExplorerMessage {

    public static final int ID = 10037;

    public QueryNodeObjectContentUpdateFieldListRemove {
        selection = Objects.requireNonNullElse(selection, "");
        fieldName = Objects.requireNonNullElse(fieldName, "");
    }

    static QueryNodeObjectContentUpdateFieldListRemove read(ArgumentReader in) {
        return new QueryNodeObjectContentUpdateFieldListRemove(
                in.u32(),
                in.u32(),
                in.str(),
                in.str(),
                in.u32(),
                in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(selection).str(fieldName).u32(value).u32(requestId);
    }
}
