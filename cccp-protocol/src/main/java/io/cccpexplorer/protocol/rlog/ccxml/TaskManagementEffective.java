package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_task_management_effective} (record 408) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param taskId the task: one distribution of a call to agents through a queue
 * @param managerSessionId the session of the agent handling the task
 * @param managerUserId the user id of the agent handling the task
 */
public record TaskManagementEffective(String sessionId, String taskId, String managerSessionId,
                                      String managerUserId)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_task_management_effective} in the {@code ccxml_logger} interface. */
    public static final int ID = 408;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param taskId the task: one distribution of a call to agents through a queue
     * @param managerSessionId the session of the agent handling the task
     * @param managerUserId the user id of the agent handling the task
     */
    public TaskManagementEffective {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        taskId = Objects.requireNonNullElse(taskId, "");
        managerSessionId = Objects.requireNonNullElse(managerSessionId, "");
        managerUserId = Objects.requireNonNullElse(managerUserId, "");
    }

    static TaskManagementEffective read(ArgumentReader in) {
        return new TaskManagementEffective(in.str(), in.str(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(taskId).str(managerSessionId).str(managerUserId);
    }
}
