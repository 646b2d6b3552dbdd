package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_connection_connected} (record 205) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param connectionId the call leg (connection) within the session
 */
public record ConnectionConnected(String sessionId, int connectionId) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_connection_connected} in the {@code ccxml_logger} interface. */
    public static final int ID = 205;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param connectionId the call leg (connection) within the session
     */
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
