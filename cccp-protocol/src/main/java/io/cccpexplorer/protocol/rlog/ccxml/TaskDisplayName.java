package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_task_display_name} (record 415) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param taskId the task: one distribution of a call to agents through a queue
 * @param displayName the name shown to supervisors
 */
public record TaskDisplayName(String sessionId, String taskId, String displayName) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_task_display_name} in the {@code ccxml_logger} interface. */
    public static final int ID = 415;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param taskId the task: one distribution of a call to agents through a queue
     * @param displayName the name shown to supervisors
     */
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
