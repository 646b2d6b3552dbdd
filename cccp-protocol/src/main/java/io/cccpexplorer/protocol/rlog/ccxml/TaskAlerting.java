package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_task_alerting} (record 405) as the CCXML process logs it.
 */
public record TaskAlerting(String sessionId, String taskId, String managerSessionId, String managerUserId)
        implements CcxmlRecord {

    public static final int ID = 405;

    public TaskAlerting {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        taskId = Objects.requireNonNullElse(taskId, "");
        managerSessionId = Objects.requireNonNullElse(managerSessionId, "");
        managerUserId = Objects.requireNonNullElse(managerUserId, "");
    }

    static TaskAlerting read(ArgumentReader in) {
        return new TaskAlerting(in.str(), in.str(), in.str(), in.str());
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
