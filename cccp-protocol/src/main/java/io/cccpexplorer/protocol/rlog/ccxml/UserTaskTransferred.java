package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_transferred} (record 315) as the CCXML process logs it.
 */
public record UserTaskTransferred(String sessionId, int taskLoggerId, String managerTaskId,
                                  String managerSessionId, String managerUserId)
        implements CcxmlRecord {

    public static final int ID = 315;

    public UserTaskTransferred {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        managerTaskId = Objects.requireNonNullElse(managerTaskId, "");
        managerSessionId = Objects.requireNonNullElse(managerSessionId, "");
        managerUserId = Objects.requireNonNullElse(managerUserId, "");
    }

    static UserTaskTransferred read(ArgumentReader in) {
        return new UserTaskTransferred(in.str(), in.u32(), in.str(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).u32(taskLoggerId).str(managerTaskId).str(managerSessionId).str(managerUserId);
    }
}
