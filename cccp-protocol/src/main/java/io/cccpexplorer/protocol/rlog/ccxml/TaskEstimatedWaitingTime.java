package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_task_estimated_waiting_time} (record 410) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param taskId the task: one distribution of a call to agents through a queue
 * @param estimatedWaitingTime the estimated waiting time
 */
public record TaskEstimatedWaitingTime(String sessionId, String taskId, int estimatedWaitingTime)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_task_estimated_waiting_time} in the {@code ccxml_logger} interface. */
    public static final int ID = 410;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param taskId the task: one distribution of a call to agents through a queue
     * @param estimatedWaitingTime the estimated waiting time
     */
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
