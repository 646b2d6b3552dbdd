package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_connection_terminate} (record 201) as the CCXML process logs it.
 */
public record ConnectionTerminate(String sessionId, int connectionId) implements CcxmlRecord {

    public static final int ID = 201;

    public ConnectionTerminate {
        sessionId = Objects.requireNonNullElse(sessionId, "");
    }

    static ConnectionTerminate read(ArgumentReader in) {
        return new ConnectionTerminate(in.str(), in.u32());
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
