package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_failed} (record 311) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param taskLoggerId the number of the task within the agent's session
 * @param reason the reason, as the process logs it
 */
public record UserTaskFailed(String sessionId, int taskLoggerId, String reason) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_user_task_failed} in the {@code ccxml_logger} interface. */
    public static final int ID = 311;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param taskLoggerId the number of the task within the agent's session
     * @param reason the reason, as the process logs it
     */
    public UserTaskFailed {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        reason = Objects.requireNonNullElse(reason, "");
    }

    static UserTaskFailed read(ArgumentReader in) {
        return new UserTaskFailed(in.str(), in.u32(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).u32(taskLoggerId).str(reason);
    }
}
