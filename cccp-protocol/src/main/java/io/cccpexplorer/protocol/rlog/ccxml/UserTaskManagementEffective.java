package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_management_effective} (record 309) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param taskLoggerId the number of the task within the agent's session
 */
public record UserTaskManagementEffective(String sessionId, int taskLoggerId) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_user_task_management_effective} in the {@code ccxml_logger} interface. */
    public static final int ID = 309;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param taskLoggerId the number of the task within the agent's session
     */
    public UserTaskManagementEffective {
        sessionId = Objects.requireNonNullElse(sessionId, "");
    }

    static UserTaskManagementEffective read(ArgumentReader in) {
        return new UserTaskManagementEffective(in.str(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).u32(taskLoggerId);
    }
}
