package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_session_create} (record 100) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param sessionType the session type (1 call, 2 internal, 3 user, 4 explorer session)
 * @param recover whether the session is recovered after a restart
 * @param sessionProjectName the project of the session
 * @param sessionProjectPath the project's path in the configuration
 */
public record SessionCreate(String sessionId, int sessionType, boolean recover, String sessionProjectName,
                            String sessionProjectPath)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_session_create} in the {@code ccxml_logger} interface. */
    public static final int ID = 100;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param sessionType the session type (1 call, 2 internal, 3 user, 4 explorer session)
     * @param recover whether the session is recovered after a restart
     * @param sessionProjectName the project of the session
     * @param sessionProjectPath the project's path in the configuration
     */
    public SessionCreate {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        sessionProjectName = Objects.requireNonNullElse(sessionProjectName, "");
        sessionProjectPath = Objects.requireNonNullElse(sessionProjectPath, "");
    }

    static SessionCreate read(ArgumentReader in) {
        return new SessionCreate(in.str(), in.u32(), in.bool(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).u32(sessionType).bool(recover).str(sessionProjectName).str(sessionProjectPath);
    }
}
