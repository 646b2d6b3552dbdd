package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_redirected} (record 322) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param taskLoggerId the number of the task within the agent's session
 */
public record UserTaskRedirected(String sessionId, int taskLoggerId) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_user_task_redirected} in the {@code ccxml_logger} interface. */
    public static final int ID = 322;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param taskLoggerId the number of the task within the agent's session
     */
    public UserTaskRedirected {
        sessionId = Objects.requireNonNullElse(sessionId, "");
    }

    static UserTaskRedirected read(ArgumentReader in) {
        return new UserTaskRedirected(in.str(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).u32(taskLoggerId);
    }
}
