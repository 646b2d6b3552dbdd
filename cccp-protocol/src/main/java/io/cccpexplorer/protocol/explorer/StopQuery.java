package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code stop_query} (10013, client → server): destroys one query with this system id (no answer).
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 */
public record StopQuery(int sessionId, int systemId) implements ExplorerMessage {

    /** The id of {@code stop_query} on the wire. */
    public static final int ID = 10013;

    static StopQuery read(ArgumentReader in) {
        return new StopQuery(in.u32(), in.u32());
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
