package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_session_service_status} (record 108) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param value the service status
 */
public record SessionServiceStatus(String sessionId, String value) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_session_service_status} in the {@code ccxml_logger} interface. */
    public static final int ID = 108;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param value the service status
     */
    public SessionServiceStatus {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        value = Objects.requireNonNullElse(value, "");
    }

    static SessionServiceStatus read(ArgumentReader in) {
        return new SessionServiceStatus(in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(value);
    }
}
