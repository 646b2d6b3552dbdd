package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.CccpDate;

import java.util.Objects;

/**
 * {@code connection_ok} (20000, server → client): answer to initialize, with the server version and date.
 */
public record ConnectionOk(int serverVersion, CccpDate serverDate) implements ExplorerMessage {

    public static final int ID = 20000;

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
