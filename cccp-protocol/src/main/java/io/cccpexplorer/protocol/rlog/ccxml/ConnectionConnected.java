package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_connection_connected} (record 205) as the CCXML process logs it.
 */
public record ConnectionConnected(String sessionId, int connectionId) implements CcxmlRecord {

    public static final int ID = 205;

    public ConnectionConnected {
        sessionId = Objects.requireNonNullElse(sessionId, "");
    }

    static ConnectionConnected read(ArgumentReader in) {
        return new ConnectionConnected(in.str(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).u32(connectionId);
    }
}
