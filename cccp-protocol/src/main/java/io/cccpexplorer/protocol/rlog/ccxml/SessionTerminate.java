package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_session_terminate} (record 101) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 */
public record SessionTerminate(String sessionId) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_session_terminate} in the {@code ccxml_logger} interface. */
    public static final int ID = 101;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     */
    public SessionTerminate {
        sessionId = Objects.requireNonNullElse(sessionId, "");
    }

    static SessionTerminate read(ArgumentReader in) {
        return new SessionTerminate(in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId);
    }
}
