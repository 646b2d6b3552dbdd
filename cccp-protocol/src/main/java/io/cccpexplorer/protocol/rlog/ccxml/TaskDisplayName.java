package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_task_display_name} (record 415) as the CCXML process logs it.
 */
public record TaskDisplayName(String sessionId, String taskId, String displayName) implements CcxmlRecord {

    public static final int ID = 415;

    public TaskDisplayName {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        taskId = Objects.requireNonNullElse(taskId, "");
        displayName = Objects.requireNonNullElse(displayName, "");
    }

    static TaskDisplayName read(ArgumentReader in) {
        return new TaskDisplayName(in.str(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(taskId).str(displayName);
    }
}
