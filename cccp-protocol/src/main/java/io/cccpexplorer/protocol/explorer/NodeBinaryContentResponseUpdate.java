package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code node_binary_content_response_update} (20020, server → client).
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param truncated whether the content was truncated
 */
public record NodeBinaryContentResponseUpdate(int sessionId, int systemId, boolean truncated)
        implements ExplorerMessage {

    /** The id of {@code node_binary_content_response_update} on the wire. */
    public static final int ID = 20020;

    static NodeBinaryContentResponseUpdate read(ArgumentReader in) {
        return new NodeBinaryContentResponseUpdate(in.u32(), in.u32(), in.bool());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).bool(truncated);
    }
}
