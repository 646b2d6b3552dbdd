package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_task_not_manageable} (record 411) as the CCXML process logs it.
 */
public record TaskNotManageable(String sessionId, String taskId) implements CcxmlRecord {

    public static final int ID = 411;

    public TaskNotManageable {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        taskId = Objects.requireNonNullElse(taskId, "");
    }

    static TaskNotManageable read(ArgumentReader in) {
        return new TaskNotManageable(in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(taskId);
    }
}
