package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_management_effective} (record 309) as the CCXML process logs it.
 */
public record UserTaskManagementEffective(String sessionId, int taskLoggerId) implements CcxmlRecord {

    public static final int ID = 309;

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
