package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_state} (record 305) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param taskLoggerId the number of the task within the agent's session
 * @param stateId the id of the state in the configuration
 * @param name the task state's name
 * @param displayName the name shown to supervisors
 * @param displayColor the colour shown to supervisors
 * @param displayOrder the display order shown to supervisors
 * @param rank the rank, as the process logs it
 */
public record UserTaskState(String sessionId, int taskLoggerId, int stateId, String name, String displayName,
                            String displayColor, int displayOrder, int rank)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_user_task_state} in the {@code ccxml_logger} interface. */
    public static final int ID = 305;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param taskLoggerId the number of the task within the agent's session
     * @param stateId the id of the state in the configuration
     * @param name the task state's name
     * @param displayName the name shown to supervisors
     * @param displayColor the colour shown to supervisors
     * @param displayOrder the display order shown to supervisors
     * @param rank the rank, as the process logs it
     */
    public UserTaskState {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        name = Objects.requireNonNullElse(name, "");
        displayName = Objects.requireNonNullElse(displayName, "");
        displayColor = Objects.requireNonNullElse(displayColor, "");
    }

    static UserTaskState read(ArgumentReader in) {
        return new UserTaskState(in.str(), in.u32(), in.u32(), in.str(), in.str(), in.str(), in.u32(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId)
                .u32(taskLoggerId)
                .u32(stateId)
                .str(name)
                .str(displayName)
                .str(displayColor)
                .u32(displayOrder)
                .u32(rank);
    }
}
