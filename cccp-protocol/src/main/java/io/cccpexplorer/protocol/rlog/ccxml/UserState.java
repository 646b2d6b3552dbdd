package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_state} (record 303) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param stateId the id of the state in the configuration
 * @param name the state's name
 * @param displayName the name shown to supervisors
 * @param idleDisplayName the name shown while the agent is idle in this state
 * @param idleDisplayColor the colour shown while the agent is idle in this state
 * @param idleDisplayOrder the display order while the agent is idle in this state
 * @param group the group of the state
 * @param displayColor the colour shown to supervisors
 * @param rank the rank, as the process logs it
 */
public record UserState(String sessionId, int stateId, String name, String displayName, String idleDisplayName,
                        String idleDisplayColor, int idleDisplayOrder, String group, String displayColor,
                        int rank)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_user_state} in the {@code ccxml_logger} interface. */
    public static final int ID = 303;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param stateId the id of the state in the configuration
     * @param name the state's name
     * @param displayName the name shown to supervisors
     * @param idleDisplayName the name shown while the agent is idle in this state
     * @param idleDisplayColor the colour shown while the agent is idle in this state
     * @param idleDisplayOrder the display order while the agent is idle in this state
     * @param group the group of the state
     * @param displayColor the colour shown to supervisors
     * @param rank the rank, as the process logs it
     */
    public UserState {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        name = Objects.requireNonNullElse(name, "");
        displayName = Objects.requireNonNullElse(displayName, "");
        idleDisplayName = Objects.requireNonNullElse(idleDisplayName, "");
        idleDisplayColor = Objects.requireNonNullElse(idleDisplayColor, "");
        group = Objects.requireNonNullElse(group, "");
        displayColor = Objects.requireNonNullElse(displayColor, "");
    }

    static UserState read(ArgumentReader in) {
        return new UserState(
                in.str(),
                in.u32(),
                in.str(),
                in.str(),
                in.str(),
                in.str(),
                in.u32(),
                in.str(),
                in.str(),
                in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId)
                .u32(stateId)
                .str(name)
                .str(displayName)
                .str(idleDisplayName)
                .str(idleDisplayColor)
                .u32(idleDisplayOrder)
                .str(group)
                .str(displayColor)
                .u32(rank);
    }
}
