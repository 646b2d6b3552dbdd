package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code node_binary_content_size} (20033, server → client).
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param size the size of the binary content in bytes
 * @param result the vendor's result code of the operation
 */
public record NodeBinaryContentSize(int sessionId, int systemId, long size, int result) implements ExplorerMessage {

    /** The id of {@code node_binary_content_size} on the wire. */
    public static final int ID = 20033;

    static NodeBinaryContentSize read(ArgumentReader in) {
        return new NodeBinaryContentSize(in.u32(), in.u32(), in.u64(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).u64(size).u32(result);
    }
}
