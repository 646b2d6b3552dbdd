package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.CccpDate;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_transfer_details} (record 316) as the CCXML process logs it. Object arguments are
 * generic blobs, {@code null} for the NULL object.
 */
public record UserTaskTransferDetails(String sessionId, int taskLoggerId, String taskName,
                                      String callerSessionId, String callerObjectId, String callerTaskId,
                                      String queueName, CccpDate waitingDate, double priority,
                                      int absolutePriority, CdepObject taskAttributes)
        implements CcxmlRecord {

    public static final int ID = 316;

    public UserTaskTransferDetails {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        taskName = Objects.requireNonNullElse(taskName, "");
        callerSessionId = Objects.requireNonNullElse(callerSessionId, "");
        callerObjectId = Objects.requireNonNullElse(callerObjectId, "");
        callerTaskId = Objects.requireNonNullElse(callerTaskId, "");
        queueName = Objects.requireNonNullElse(queueName, "");
        waitingDate = Objects.requireNonNullElse(waitingDate, CccpDate.NIL);
    }

    static UserTaskTransferDetails read(ArgumentReader in) {
        return new UserTaskTransferDetails(
                in.str(),
                in.u32(),
                in.str(),
                in.str(),
                in.str(),
                in.str(),
                in.str(),
                in.date(),
                in.real(),
                in.u32(),
                in.object(BlobReader::readObject));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId)
                .u32(taskLoggerId)
                .str(taskName)
                .str(callerSessionId)
                .str(callerObjectId)
                .str(callerTaskId)
                .str(queueName)
                .date(waitingDate)
                .real(priority)
                .u32(absolutePriority)
                .object(taskAttributes, BlobWriter::object);
    }
}
