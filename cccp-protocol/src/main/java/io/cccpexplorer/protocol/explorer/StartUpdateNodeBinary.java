package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code start_update_node_binary} (10018, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record StartUpdateNodeBinary(int sessionId, int systemId, String nodeName, String mime,
                                    String consistentObjectClass, boolean truncate)
        implements ExplorerMessage {

    public static final int ID = 10018;

    public StartUpdateNodeBinary {
        nodeName = Objects.requireNonNullElse(nodeName, "");
        mime = Objects.requireNonNullElse(mime, "");
        consistentObjectClass = Objects.requireNonNullElse(consistentObjectClass, "");
    }

    static StartUpdateNodeBinary read(ArgumentReader in) {
        return new StartUpdateNodeBinary(in.u32(), in.u32(), in.str(), in.str(), in.str(), in.bool());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(nodeName).str(mime).str(consistentObjectClass).bool(truncate);
    }
}
