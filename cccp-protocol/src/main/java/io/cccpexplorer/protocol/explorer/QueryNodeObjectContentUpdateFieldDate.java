package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.CccpDate;

import java.util.Objects;

/**
 * {@code query_node_object_content_update_field_date} (10026, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record QueryNodeObjectContentUpdateFieldDate(int sessionId, int systemId, String selection,
                                                    String fieldName, CccpDate value, int requestId)
        implements ExplorerMessage {

    public static final int ID = 10026;

    public QueryNodeObjectContentUpdateFieldDate {
        selection = Objects.requireNonNullElse(selection, "");
        fieldName = Objects.requireNonNullElse(fieldName, "");
        value = Objects.requireNonNullElse(value, CccpDate.NIL);
    }

    static QueryNodeObjectContentUpdateFieldDate read(ArgumentReader in) {
        return new QueryNodeObjectContentUpdateFieldDate(
                in.u32(),
                in.u32(),
                in.str(),
                in.str(),
                in.date(),
                in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(selection).str(fieldName).date(value).u32(requestId);
    }
}
