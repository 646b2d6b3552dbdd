package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code end_update_node_binary} (10020, client → server).
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 */
public record EndUpdateNodeBinary(int sessionId, int systemId) implements ExplorerMessage {

    /** The id of {@code end_update_node_binary} on the wire. */
    public static final int ID = 10020;

    static EndUpdateNodeBinary read(ArgumentReader in) {
        return new EndUpdateNodeBinary(in.u32(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId);
    }
}
