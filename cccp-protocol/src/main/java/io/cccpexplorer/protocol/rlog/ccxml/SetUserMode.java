package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_set_user_mode} (record 312) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param mode the user's new mode, as logged
 */
public record SetUserMode(String sessionId, String mode) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_set_user_mode} in the {@code ccxml_logger} interface. */
    public static final int ID = 312;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param mode the user's new mode, as logged
     */
    public SetUserMode {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        mode = Objects.requireNonNullElse(mode, "");
    }

    static SetUserMode read(ArgumentReader in) {
        return new SetUserMode(in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(mode);
    }
}
