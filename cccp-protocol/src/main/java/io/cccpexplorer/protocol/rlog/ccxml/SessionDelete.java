package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_session_delete} (record 102) as the CCXML process logs it.
 */
public record SessionDelete(String sessionId) implements CcxmlRecord {

    public static final int ID = 102;

    public SessionDelete {
        sessionId = Objects.requireNonNullElse(sessionId, "");
    }

    static SessionDelete read(ArgumentReader in) {
        return new SessionDelete(in.str());
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
