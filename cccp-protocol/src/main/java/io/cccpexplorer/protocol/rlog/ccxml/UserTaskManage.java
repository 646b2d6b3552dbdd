package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_manage} (record 308) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param taskLoggerId the number of the task within the agent's session
 */
public record UserTaskManage(String sessionId, int taskLoggerId) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_user_task_manage} in the {@code ccxml_logger} interface. */
    public static final int ID = 308;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param taskLoggerId the number of the task within the agent's session
     */
    public UserTaskManage {
        sessionId = Objects.requireNonNullElse(sessionId, "");
    }

    static UserTaskManage read(ArgumentReader in) {
        return new UserTaskManage(in.str(), in.u32());
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
