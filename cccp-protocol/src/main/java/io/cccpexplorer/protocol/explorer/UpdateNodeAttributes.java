package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.Bytes;

import java.util.Objects;

/**
 * {@code update_node_attributes} (10046, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record UpdateNodeAttributes(int sessionId, int systemId, String nodeName, Bytes data)
        implements ExplorerMessage {

    public static final int ID = 10046;

    public UpdateNodeAttributes {
        nodeName = Objects.requireNonNullElse(nodeName, "");
        data = Objects.requireNonNullElse(data, Bytes.EMPTY);
    }

    static UpdateNodeAttributes read(ArgumentReader in) {
        return new UpdateNodeAttributes(in.u32(), in.u32(), in.str(), Bytes.of(in.data()));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(nodeName).data(data.toArray());
    }
}
