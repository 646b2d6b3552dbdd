package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.Bytes;

import java.util.Objects;

/**
 * {@code update_node_object} (10005, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record UpdateNodeObject(int sessionId, int systemId, String nodeName, String mime,
                               String consistentObjectClass, Bytes data)
        implements ExplorerMessage {

    public static final int ID = 10005;

    public UpdateNodeObject {
        nodeName = Objects.requireNonNullElse(nodeName, "");
        mime = Objects.requireNonNullElse(mime, "");
        consistentObjectClass = Objects.requireNonNullElse(consistentObjectClass, "");
        data = Objects.requireNonNullElse(data, Bytes.EMPTY);
    }

    static UpdateNodeObject read(ArgumentReader in) {
        return new UpdateNodeObject(in.u32(), in.u32(), in.str(), in.str(), in.str(), Bytes.of(in.data()));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(nodeName).str(mime).str(consistentObjectClass).data(data.toArray());
    }
}
