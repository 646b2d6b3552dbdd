package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_task_estimated_waiting_time} (record 410) as the CCXML process logs it.
 */
public record TaskEstimatedWaitingTime(String sessionId, String taskId, int estimatedWaitingTime)
        implements CcxmlRecord {

    public static final int ID = 410;

    public TaskEstimatedWaitingTime {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        taskId = Objects.requireNonNullElse(taskId, "");
    }

    static TaskEstimatedWaitingTime read(ArgumentReader in) {
        return new TaskEstimatedWaitingTime(in.str(), in.str(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(taskId).u32(estimatedWaitingTime);
    }
}
