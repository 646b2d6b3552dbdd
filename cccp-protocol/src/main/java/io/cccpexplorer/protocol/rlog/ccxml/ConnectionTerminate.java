package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_connection_terminate} (record 201) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param connectionId the call leg (connection) within the session
 */
public record ConnectionTerminate(String sessionId, int connectionId) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_connection_terminate} in the {@code ccxml_logger} interface. */
    public static final int ID = 201;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param connectionId the call leg (connection) within the session
     */
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
