package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code node_object_content_response_update_field_real} (20014, server → client).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record NodeObjectContentResponseUpdateFieldReal(int sessionId, int systemId, String selection,
                                                       String fieldName, double value, int requestId)
        implements ExplorerMessage {

    public static final int ID = 20014;

    public NodeObjectContentResponseUpdateFieldReal {
        selection = Objects.requireNonNullElse(selection, "");
        fieldName = Objects.requireNonNullElse(fieldName, "");
    }

    static NodeObjectContentResponseUpdateFieldReal read(ArgumentReader in) {
        return new NodeObjectContentResponseUpdateFieldReal(
                in.u32(),
                in.u32(),
                in.str(),
                in.str(),
                in.real(),
                in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(selection).str(fieldName).real(value).u32(requestId);
    }
}
