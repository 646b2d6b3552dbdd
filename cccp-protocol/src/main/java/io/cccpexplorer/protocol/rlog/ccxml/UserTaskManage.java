package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_manage} (record 308) as the CCXML process logs it.
 */
public record UserTaskManage(String sessionId, int taskLoggerId) implements CcxmlRecord {

    public static final int ID = 308;

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
