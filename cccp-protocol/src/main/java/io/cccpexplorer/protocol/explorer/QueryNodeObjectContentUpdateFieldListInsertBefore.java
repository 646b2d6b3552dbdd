package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_node_object_content_update_field_list_insert_before} (10035, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record QueryNodeObjectContentUpdateFieldListInsertBefore(int sessionId, int systemId, String selection,
                                                                String fieldName, int value, int before,
                                                                int requestId)
        implements ExplorerMessage {

    public static final int ID = 10035;

    public QueryNodeObjectContentUpdateFieldListInsertBefore {
        selection = Objects.requireNonNullElse(selection, "");
        fieldName = Objects.requireNonNullElse(fieldName, "");
    }

    static QueryNodeObjectContentUpdateFieldListInsertBefore read(ArgumentReader in) {
        return new QueryNodeObjectContentUpdateFieldListInsertBefore(
                in.u32(),
                in.u32(),
                in.str(),
                in.str(),
                in.u32(),
                in.u32(),
                in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(selection).str(fieldName).u32(value).u32(before).u32(requestId);
    }
}
