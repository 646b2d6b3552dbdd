package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_transferred} (record 315) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param taskLoggerId the number of the task within the agent's session
 * @param managerTaskId the task on the agent's side that took the transfer
 * @param managerSessionId the session of the agent handling the task
 * @param managerUserId the user id of the agent handling the task
 */
public record UserTaskTransferred(String sessionId, int taskLoggerId, String managerTaskId,
                                  String managerSessionId, String managerUserId)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_user_task_transferred} in the {@code ccxml_logger} interface. */
    public static final int ID = 315;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param taskLoggerId the number of the task within the agent's session
     * @param managerTaskId the task on the agent's side that took the transfer
     * @param managerSessionId the session of the agent handling the task
     * @param managerUserId the user id of the agent handling the task
     */
    public UserTaskTransferred {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        managerTaskId = Objects.requireNonNullElse(managerTaskId, "");
        managerSessionId = Objects.requireNonNullElse(managerSessionId, "");
        managerUserId = Objects.requireNonNullElse(managerUserId, "");
    }

    static UserTaskTransferred read(ArgumentReader in) {
        return new UserTaskTransferred(in.str(), in.u32(), in.str(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).u32(taskLoggerId).str(managerTaskId).str(managerSessionId).str(managerUserId);
    }
}
