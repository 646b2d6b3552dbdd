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
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param taskId the task: one distribution of a call to agents through a queue
 * @param connectionId the call leg (connection) within the session
 * @param queueType the queue's type
 * @param queueName the queue the task waits in
 * @param taskName the task's name
 * @param waitingDate when the task started waiting
 * @param priority the task's priority in its queue
 * @param absolutePriority the task's absolute priority
 * @param taskAttributes the task's attributes, a generic object blob ({@code null} for the NULL object)
 * @param skills the skills the task requires
 */
public record TaskStart(String sessionId, String taskId, String connectionId, String queueType,
                        String queueName, String taskName, CccpDate waitingDate, double priority,
                        int absolutePriority, CdepObject taskAttributes, String skills)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_task_start} in the {@code ccxml_logger} interface. */
    public static final int ID = 402;

    /**
     * Reads {@code null} strings as "" and a {@code null} date as {@link CccpDate#NIL}: on the wire they are the same
     * bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param taskId the task: one distribution of a call to agents through a queue
     * @param connectionId the call leg (connection) within the session
     * @param queueType the queue's type
     * @param queueName the queue the task waits in
     * @param taskName the task's name
     * @param waitingDate when the task started waiting
     * @param priority the task's priority in its queue
     * @param absolutePriority the task's absolute priority
     * @param taskAttributes the task's attributes, a generic object blob ({@code null} for the NULL object)
     * @param skills the skills the task requires
     */
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
