package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_connection_stop_record} (record 204) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param connectionId the call leg (connection) within the session
 * @param source the recorded side, as the process logs it
 */
public record ConnectionStopRecord(String sessionId, int connectionId, String source) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_connection_stop_record} in the {@code ccxml_logger} interface. */
    public static final int ID = 204;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param connectionId the call leg (connection) within the session
     * @param source the recorded side, as the process logs it
     */
    public ConnectionStopRecord {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        source = Objects.requireNonNullElse(source, "");
    }

    static ConnectionStopRecord read(ArgumentReader in) {
        return new ConnectionStopRecord(in.str(), in.u32(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).u32(connectionId).str(source);
    }
}
