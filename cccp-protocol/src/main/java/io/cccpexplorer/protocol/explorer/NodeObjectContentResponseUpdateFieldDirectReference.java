package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code node_object_content_response_update_field_direct_reference} (20031, server → client).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record NodeObjectContentResponseUpdateFieldDirectReference(int sessionId, int systemId,
                                                                  String selection, String fieldName,
                                                                  int value, int requestId)
        implements ExplorerMessage {

    public static final int ID = 20031;

    public NodeObjectContentResponseUpdateFieldDirectReference {
        selection = Objects.requireNonNullElse(selection, "");
        fieldName = Objects.requireNonNullElse(fieldName, "");
    }

    static NodeObjectContentResponseUpdateFieldDirectReference read(ArgumentReader in) {
        return new NodeObjectContentResponseUpdateFieldDirectReference(
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
