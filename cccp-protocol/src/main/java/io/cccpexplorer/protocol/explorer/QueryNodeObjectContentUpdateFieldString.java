package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_node_object_content_update_field_string} (10024, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record QueryNodeObjectContentUpdateFieldString(int sessionId, int systemId, String selection,
                                                      String fieldName, int operation, String value,
                                                      int requestId)
        implements ExplorerMessage {

    public static final int ID = 10024;

    public QueryNodeObjectContentUpdateFieldString {
        selection = Objects.requireNonNullElse(selection, "");
        fieldName = Objects.requireNonNullElse(fieldName, "");
        value = Objects.requireNonNullElse(value, "");
    }

    static QueryNodeObjectContentUpdateFieldString read(ArgumentReader in) {
        return new QueryNodeObjectContentUpdateFieldString(
                in.u32(),
                in.u32(),
                in.str(),
                in.str(),
                in.u32(),
                in.str(),
                in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(selection).str(fieldName).u32(operation).str(value).u32(requestId);
    }
}
