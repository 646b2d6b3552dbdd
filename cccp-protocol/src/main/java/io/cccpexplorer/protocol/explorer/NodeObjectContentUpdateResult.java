package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code node_object_content_update_result} (20035, server → client).
 */
public record NodeObjectContentUpdateResult(int sessionId, int systemId, int requestId, int errors)
        implements ExplorerMessage {

    public static final int ID = 20035;

    static NodeObjectContentUpdateResult read(ArgumentReader in) {
        return new NodeObjectContentUpdateResult(in.u32(), in.u32(), in.u32(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).u32(requestId).u32(errors);
    }
}
