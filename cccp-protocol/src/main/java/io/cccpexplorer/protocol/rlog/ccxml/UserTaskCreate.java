package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_create} (record 304) as the CCXML process logs it.
 */
public record UserTaskCreate(String sessionId, int taskLoggerId, int taskId, String name, String displayName,
                             String displayColor, int displayOrder, int sessionInstanceId)
        implements CcxmlRecord {

    public static final int ID = 304;

    public UserTaskCreate {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        name = Objects.requireNonNullElse(name, "");
        displayName = Objects.requireNonNullElse(displayName, "");
        displayColor = Objects.requireNonNullElse(displayColor, "");
    }

    static UserTaskCreate read(ArgumentReader in) {
        return new UserTaskCreate(in.str(), in.u32(), in.u32(), in.str(), in.str(), in.str(), in.u32(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId)
                .u32(taskLoggerId)
                .u32(taskId)
                .str(name)
                .str(displayName)
                .str(displayColor)
                .u32(displayOrder)
                .u32(sessionInstanceId);
    }
}
