package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.CccpDate;

import java.util.Objects;

/**
 * {@code ccxml_logger_task_start} (record 402) as the CCXML process logs it. Object arguments are generic blobs,
 * {@code null} for the NULL object.
 */
public record TaskStart(String sessionId, String taskId, String connectionId, String queueType,
                        String queueName, String taskName, CccpDate waitingDate, double priority,
                        int absolutePriority, CdepObject taskAttributes, String skills)
        implements CcxmlRecord {

    public static final int ID = 402;

    public TaskStart {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        taskId = Objects.requireNonNullElse(taskId, "");
        connectionId = Objects.requireNonNullElse(connectionId, "");
        queueType = Objects.requireNonNullElse(queueType, "");
        queueName = Objects.requireNonNullElse(queueName, "");
        taskName = Objects.requireNonNullElse(taskName, "");
        waitingDate = Objects.requireNonNullElse(waitingDate, CccpDate.NIL);
        skills = Objects.requireNonNullElse(skills, "");
    }

    static TaskStart read(ArgumentReader in) {
        return new TaskStart(
                in.str(),
                in.str(),
                in.str(),
                in.str(),
                in.str(),
                in.str(),
                in.date(),
                in.real(),
                in.u32(),
                in.object(BlobReader::readObject),
                in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId)
                .str(taskId)
                .str(connectionId)
                .str(queueType)
                .str(queueName)
                .str(taskName)
                .date(waitingDate)
                .real(priority)
                .u32(absolutePriority)
                .object(taskAttributes, BlobWriter::object)
                .str(skills);
    }
}
