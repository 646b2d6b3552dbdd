package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.CccpDate;

import java.util.Objects;

/**
 * {@code connection_ok} (20000, server → client): answer to initialize, with the server version and date.
 *
 * @param serverVersion the server's product version (0x020A008C for 2.10.0.12)
 * @param serverDate the server's clock when it answered
 */
public record ConnectionOk(int serverVersion, CccpDate serverDate) implements ExplorerMessage {

    /** The id of {@code connection_ok} on the wire. */
    public static final int ID = 20000;

    /**
     * Reads a {@code null} date as {@link CccpDate#NIL}: on the wire they are the same bytes.
     *
     * @param serverVersion the server's product version (0x020A008C for 2.10.0.12)
     * @param serverDate the server's clock when it answered
     */
    public ConnectionOk {
        serverDate = Objects.requireNonNullElse(serverDate, CccpDate.NIL);
    }

    static ConnectionOk read(ArgumentReader in) {
        return new ConnectionOk(in.u32(), in.date());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(serverVersion).date(serverDate);
    }
}
