package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_session_create} (record 100) as the CCXML process logs it.
 */
public record SessionCreate(String sessionId, int sessionType, boolean recover, String sessionProjectName,
                            String sessionProjectPath)
        implements CcxmlRecord {

    public static final int ID = 100;

    public SessionCreate {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        sessionProjectName = Objects.requireNonNullElse(sessionProjectName, "");
        sessionProjectPath = Objects.requireNonNullElse(sessionProjectPath, "");
    }

    static SessionCreate read(ArgumentReader in) {
        return new SessionCreate(in.str(), in.u32(), in.bool(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).u32(sessionType).bool(recover).str(sessionProjectName).str(sessionProjectPath);
    }
}
