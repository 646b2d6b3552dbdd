package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_redirected} (record 322) as the CCXML process logs it.
 */
public record UserTaskRedirected(String sessionId, int taskLoggerId) implements CcxmlRecord {

    public static final int ID = 322;

    public UserTaskRedirected {
        sessionId = Objects.requireNonNullElse(sessionId, "");
    }

    static UserTaskRedirected read(ArgumentReader in) {
        return new UserTaskRedirected(in.str(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).u32(taskLoggerId);
    }
}
