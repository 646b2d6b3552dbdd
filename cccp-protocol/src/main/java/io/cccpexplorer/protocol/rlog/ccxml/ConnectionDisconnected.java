package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_connection_disconnected} (record 202) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param connectionId the call leg (connection) within the session
 * @param reason the reason, as the process logs it
 */
public record ConnectionDisconnected(String sessionId, int connectionId, String reason) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_connection_disconnected} in the {@code ccxml_logger} interface. */
    public static final int ID = 202;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param connectionId the call leg (connection) within the session
     * @param reason the reason, as the process logs it
     */
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
