package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_failed} (record 311) as the CCXML process logs it.
 */
public record UserTaskFailed(String sessionId, int taskLoggerId, String reason) implements CcxmlRecord {

    public static final int ID = 311;

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
