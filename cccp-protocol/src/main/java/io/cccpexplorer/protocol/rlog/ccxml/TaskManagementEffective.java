package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_task_management_effective} (record 408) as the CCXML process logs it.
 */
public record TaskManagementEffective(String sessionId, String taskId, String managerSessionId,
                                      String managerUserId)
        implements CcxmlRecord {

    public static final int ID = 408;

    public TaskManagementEffective {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        taskId = Objects.requireNonNullElse(taskId, "");
        managerSessionId = Objects.requireNonNullElse(managerSessionId, "");
        managerUserId = Objects.requireNonNullElse(managerUserId, "");
    }

    static TaskManagementEffective read(ArgumentReader in) {
        return new TaskManagementEffective(in.str(), in.str(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(taskId).str(managerSessionId).str(managerUserId);
    }
}
