package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_task_management_failed} (record 409) as the CCXML process logs it.
 */
public record TaskManagementFailed(String sessionId, String taskId, String managerSessionId,
                                   String managerUserId, String reason)
        implements CcxmlRecord {

    public static final int ID = 409;

    public TaskManagementFailed {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        taskId = Objects.requireNonNullElse(taskId, "");
        managerSessionId = Objects.requireNonNullElse(managerSessionId, "");
        managerUserId = Objects.requireNonNullElse(managerUserId, "");
        reason = Objects.requireNonNullElse(reason, "");
    }

    static TaskManagementFailed read(ArgumentReader in) {
        return new TaskManagementFailed(in.str(), in.str(), in.str(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(taskId).str(managerSessionId).str(managerUserId).str(reason);
    }
}
