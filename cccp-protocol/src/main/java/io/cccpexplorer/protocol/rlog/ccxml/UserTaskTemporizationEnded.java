package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_temporization_ended} (record 317) as the CCXML process logs it.
 */
public record UserTaskTemporizationEnded(String sessionId, int taskLoggerId) implements CcxmlRecord {

    public static final int ID = 317;

    public UserTaskTemporizationEnded {
        sessionId = Objects.requireNonNullElse(sessionId, "");
    }

    static UserTaskTemporizationEnded read(ArgumentReader in) {
        return new UserTaskTemporizationEnded(in.str(), in.u32());
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
