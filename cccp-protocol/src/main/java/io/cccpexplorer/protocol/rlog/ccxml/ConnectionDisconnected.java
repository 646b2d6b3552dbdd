package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_connection_disconnected} (record 202) as the CCXML process logs it.
 */
public record ConnectionDisconnected(String sessionId, int connectionId, String reason) implements CcxmlRecord {

    public static final int ID = 202;

    public ConnectionDisconnected {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        reason = Objects.requireNonNullElse(reason, "");
    }

    static ConnectionDisconnected read(ArgumentReader in) {
        return new ConnectionDisconnected(in.str(), in.u32(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).u32(connectionId).str(reason);
    }
}
