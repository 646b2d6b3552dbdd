package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_task_add_scripting_value} (record 418) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param taskId the task: one distribution of a call to agents through a queue
 * @param name the scripting value's name
 * @param value the scripting value
 */
public record TaskAddScriptingValue(String sessionId, String taskId, String name, String value)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_task_add_scripting_value} in the {@code ccxml_logger} interface. */
    public static final int ID = 418;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param taskId the task: one distribution of a call to agents through a queue
     * @param name the scripting value's name
     * @param value the scripting value
     */
    public TaskAddScriptingValue {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        taskId = Objects.requireNonNullElse(taskId, "");
        name = Objects.requireNonNullElse(name, "");
        value = Objects.requireNonNullElse(value, "");
    }

    static TaskAddScriptingValue read(ArgumentReader in) {
        return new TaskAddScriptingValue(in.str(), in.str(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(taskId).str(name).str(value);
    }
}
