package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_task_post_managing} (record 414) as the CCXML process logs it.
 */
public record TaskPostManaging(String sessionId, String taskId, String managerSessionId, String managerUserId)
        implements CcxmlRecord {

    public static final int ID = 414;

    public TaskPostManaging {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        taskId = Objects.requireNonNullElse(taskId, "");
        managerSessionId = Objects.requireNonNullElse(managerSessionId, "");
        managerUserId = Objects.requireNonNullElse(managerUserId, "");
    }

    static TaskPostManaging read(ArgumentReader in) {
        return new TaskPostManaging(in.str(), in.str(), in.str(), in.str());
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
