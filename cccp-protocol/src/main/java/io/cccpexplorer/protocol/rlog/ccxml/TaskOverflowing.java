package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_task_overflowing} (record 416) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param taskId the task: one distribution of a call to agents through a queue
 * @param queue the queue the task overflows to
 * @param priority the task's priority in its queue
 */
public record TaskOverflowing(String sessionId, String taskId, String queue, double priority)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_task_overflowing} in the {@code ccxml_logger} interface. */
    public static final int ID = 416;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param taskId the task: one distribution of a call to agents through a queue
     * @param queue the queue the task overflows to
     * @param priority the task's priority in its queue
     */
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
