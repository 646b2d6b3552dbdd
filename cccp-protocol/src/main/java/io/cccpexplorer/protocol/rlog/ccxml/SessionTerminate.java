package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_session_terminate} (record 101) as the CCXML process logs it.
 */
public record SessionTerminate(String sessionId) implements CcxmlRecord {

    public static final int ID = 101;

    public SessionTerminate {
        sessionId = Objects.requireNonNullElse(sessionId, "");
    }

    static SessionTerminate read(ArgumentReader in) {
        return new SessionTerminate(in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId);
    }
}
