package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_task_locked} (record 406) as the CCXML process logs it.
 */
public record TaskLocked(String sessionId, String taskId, String managerSessionId, String managerUserId)
        implements CcxmlRecord {

    public static final int ID = 406;

    public TaskLocked {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        taskId = Objects.requireNonNullElse(taskId, "");
        managerSessionId = Objects.requireNonNullElse(managerSessionId, "");
        managerUserId = Objects.requireNonNullElse(managerUserId, "");
    }

    static TaskLocked read(ArgumentReader in) {
        return new TaskLocked(in.str(), in.str(), in.str(), in.str());
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
