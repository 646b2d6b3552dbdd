package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_phone_state} (record 319) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param instanceId the instance of the agent's client
 * @param state the phone's state
 */
public record UserPhoneState(String sessionId, int instanceId, String state) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_user_phone_state} in the {@code ccxml_logger} interface. */
    public static final int ID = 319;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param instanceId the instance of the agent's client
     * @param state the phone's state
     */
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
