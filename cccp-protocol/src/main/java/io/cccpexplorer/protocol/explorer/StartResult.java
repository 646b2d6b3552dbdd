package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code start_result} (20012, server → client).
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param result the vendor's result code of the operation
 */
public record StartResult(int sessionId, int systemId, int result) implements ExplorerMessage {

    /** The id of {@code start_result} on the wire. */
    public static final int ID = 20012;

    static StartResult read(ArgumentReader in) {
        return new StartResult(in.u32(), in.u32(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).u32(result);
    }
}
