package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.CccpDate;

import java.util.Objects;

/**
 * {@code node_object_content_response_update_field_date} (20017, server → client).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record NodeObjectContentResponseUpdateFieldDate(int sessionId, int systemId, String selection,
                                                       String fieldName, CccpDate value, int requestId)
        implements ExplorerMessage {

    public static final int ID = 20017;

    public NodeObjectContentResponseUpdateFieldDate {
        selection = Objects.requireNonNullElse(selection, "");
        fieldName = Objects.requireNonNullElse(fieldName, "");
        value = Objects.requireNonNullElse(value, CccpDate.NIL);
    }

    static NodeObjectContentResponseUpdateFieldDate read(ArgumentReader in) {
        return new NodeObjectContentResponseUpdateFieldDate(
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
