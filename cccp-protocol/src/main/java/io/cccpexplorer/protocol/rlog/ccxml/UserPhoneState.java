package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_phone_state} (record 319) as the CCXML process logs it.
 */
public record UserPhoneState(String sessionId, int instanceId, String state) implements CcxmlRecord {

    public static final int ID = 319;

    public UserPhoneState {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        state = Objects.requireNonNullElse(state, "");
    }

    static UserPhoneState read(ArgumentReader in) {
        return new UserPhoneState(in.str(), in.u32(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).u32(instanceId).str(state);
    }
}
