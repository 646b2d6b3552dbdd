package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_task_failed} (record 404) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param taskId the task: one distribution of a call to agents through a queue
 * @param reason the reason, as the process logs it
 */
public record TaskFailed(String sessionId, String taskId, String reason) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_task_failed} in the {@code ccxml_logger} interface. */
    public static final int ID = 404;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param taskId the task: one distribution of a call to agents through a queue
     * @param reason the reason, as the process logs it
     */
    public TaskFailed {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        taskId = Objects.requireNonNullElse(taskId, "");
        reason = Objects.requireNonNullElse(reason, "");
    }

    static TaskFailed read(ArgumentReader in) {
        return new TaskFailed(in.str(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(taskId).str(reason);
    }
}
