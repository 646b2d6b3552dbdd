package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_lock} (record 306) as the CCXML process logs it.
 */
public record UserTaskLock(String sessionId, int taskLoggerId) implements CcxmlRecord {

    public static final int ID = 306;

    public UserTaskLock {
        sessionId = Objects.requireNonNullElse(sessionId, "");
    }

    static UserTaskLock read(ArgumentReader in) {
        return new UserTaskLock(in.str(), in.u32());
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
