package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code node_object_content_update_result} (20035, server → client).
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param requestId the client-chosen id of this edit, echoed in the server's report
 * @param errors the errors of the batch, as the vendor sends them
 */
public record NodeObjectContentUpdateResult(int sessionId, int systemId, int requestId, int errors)
        implements ExplorerMessage {

    /** The id of {@code node_object_content_update_result} on the wire. */
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
