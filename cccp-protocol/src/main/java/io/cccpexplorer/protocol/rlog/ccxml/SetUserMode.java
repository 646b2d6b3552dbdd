package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_set_user_mode} (record 312) as the CCXML process logs it.
 */
public record SetUserMode(String sessionId, String mode) implements CcxmlRecord {

    public static final int ID = 312;

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
