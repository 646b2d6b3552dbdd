package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_post_managing} (record 314) as the CCXML process logs it.
 */
public record UserTaskPostManaging(String sessionId, int taskLoggerId) implements CcxmlRecord {

    public static final int ID = 314;

    public UserTaskPostManaging {
        sessionId = Objects.requireNonNullElse(sessionId, "");
    }

    static UserTaskPostManaging read(ArgumentReader in) {
        return new UserTaskPostManaging(in.str(), in.u32());
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
