package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code query_node_binary_content_ack} (10029, client → server).
 */
public record QueryNodeBinaryContentAck(int sessionId, int systemId, int receivedSize) implements ExplorerMessage {

    public static final int ID = 10029;

    static QueryNodeBinaryContentAck read(ArgumentReader in) {
        return new QueryNodeBinaryContentAck(in.u32(), in.u32(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).u32(receivedSize);
    }
}
