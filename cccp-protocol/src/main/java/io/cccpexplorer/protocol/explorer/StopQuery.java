package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code stop_query} (10013, client → server): destroys one query with this system id (no answer).
 */
public record StopQuery(int sessionId, int systemId) implements ExplorerMessage {

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
