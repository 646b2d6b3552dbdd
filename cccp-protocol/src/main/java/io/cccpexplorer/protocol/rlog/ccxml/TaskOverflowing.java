package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_task_overflowing} (record 416) as the CCXML process logs it.
 */
public record TaskOverflowing(String sessionId, String taskId, String queue, double priority)
        implements CcxmlRecord {

    public static final int ID = 416;

    public TaskOverflowing {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        taskId = Objects.requireNonNullElse(taskId, "");
        queue = Objects.requireNonNullElse(queue, "");
    }

    static TaskOverflowing read(ArgumentReader in) {
        return new TaskOverflowing(in.str(), in.str(), in.str(), in.real());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(taskId).str(queue).real(priority);
    }
}
