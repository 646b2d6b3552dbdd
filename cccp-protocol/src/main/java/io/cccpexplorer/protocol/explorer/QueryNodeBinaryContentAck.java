package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code query_node_binary_content_ack} (10029, client → server).
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param receivedSize how many bytes the client has received
 */
public record QueryNodeBinaryContentAck(int sessionId, int systemId, int receivedSize) implements ExplorerMessage {

    /** The id of {@code query_node_binary_content_ack} on the wire. */
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
