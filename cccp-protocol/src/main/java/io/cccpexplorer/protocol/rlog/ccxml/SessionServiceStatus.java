package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_session_service_status} (record 108) as the CCXML process logs it.
 */
public record SessionServiceStatus(String sessionId, String value) implements CcxmlRecord {

    public static final int ID = 108;

    public SessionServiceStatus {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        value = Objects.requireNonNullElse(value, "");
    }

    static SessionServiceStatus read(ArgumentReader in) {
        return new SessionServiceStatus(in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(value);
    }
}
