package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_create} (record 304) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param taskLoggerId the number of the task within the agent's session
 * @param taskId the task: one distribution of a call to agents through a queue
 * @param name the task's name
 * @param displayName the name shown to supervisors
 * @param displayColor the colour shown to supervisors
 * @param displayOrder the display order shown to supervisors
 * @param sessionInstanceId the instance of the session
 */
public record UserTaskCreate(String sessionId, int taskLoggerId, int taskId, String name, String displayName,
                             String displayColor, int displayOrder, int sessionInstanceId)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_user_task_create} in the {@code ccxml_logger} interface. */
    public static final int ID = 304;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param taskLoggerId the number of the task within the agent's session
     * @param taskId the task: one distribution of a call to agents through a queue
     * @param name the task's name
     * @param displayName the name shown to supervisors
     * @param displayColor the colour shown to supervisors
     * @param displayOrder the display order shown to supervisors
     * @param sessionInstanceId the instance of the session
     */
    public UserTaskCreate {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        name = Objects.requireNonNullElse(name, "");
        displayName = Objects.requireNonNullElse(displayName, "");
        displayColor = Objects.requireNonNullElse(displayColor, "");
    }

    static UserTaskCreate read(ArgumentReader in) {
        return new UserTaskCreate(in.str(), in.u32(), in.u32(), in.str(), in.str(), in.str(), in.u32(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId)
                .u32(taskLoggerId)
                .u32(taskId)
                .str(name)
                .str(displayName)
                .str(displayColor)
                .u32(displayOrder)
                .u32(sessionInstanceId);
    }
}
