package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code result} (20003, server → client).
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param result the vendor's result code of the operation
 */
public record Result(int sessionId, int systemId, int result) implements ExplorerMessage {

    /** The id of {@code result} on the wire. */
    public static final int ID = 20003;

    static Result read(ArgumentReader in) {
        return new Result(in.u32(), in.u32(), in.u32());
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
