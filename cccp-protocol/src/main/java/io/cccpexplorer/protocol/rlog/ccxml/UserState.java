package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_state} (record 303) as the CCXML process logs it.
 */
public record UserState(String sessionId, int stateId, String name, String displayName, String idleDisplayName,
                        String idleDisplayColor, int idleDisplayOrder, String group, String displayColor,
                        int rank)
        implements CcxmlRecord {

    public static final int ID = 303;

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
