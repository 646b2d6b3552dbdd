package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.CccpDate;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_locked} (record 307) as the CCXML process logs it. Object arguments are generic
 * blobs, {@code null} for the NULL object.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param taskLoggerId the number of the task within the agent's session
 * @param callerSessionId the session of the call the task is for
 * @param callerObjectId the object id of the call the task is for
 * @param callerTaskId the task id on the call's side
 * @param queueName the queue the task waits in
 * @param waitingDate when the task started waiting
 * @param priority the task's priority in its queue
 * @param absolutePriority the task's absolute priority
 * @param taskAttributes the task's attributes, a generic object blob ({@code null} for the NULL object)
 */
public record UserTaskLocked(String sessionId, int taskLoggerId, String callerSessionId, String callerObjectId,
                             String callerTaskId, String queueName, CccpDate waitingDate, double priority,
                             int absolutePriority, CdepObject taskAttributes)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_user_task_locked} in the {@code ccxml_logger} interface. */
    public static final int ID = 307;

    /**
     * Reads {@code null} strings as "" and a {@code null} date as {@link CccpDate#NIL}: on the wire they are the same
     * bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param taskLoggerId the number of the task within the agent's session
     * @param callerSessionId the session of the call the task is for
     * @param callerObjectId the object id of the call the task is for
     * @param callerTaskId the task id on the call's side
     * @param queueName the queue the task waits in
     * @param waitingDate when the task started waiting
     * @param priority the task's priority in its queue
     * @param absolutePriority the task's absolute priority
     * @param taskAttributes the task's attributes, a generic object blob ({@code null} for the NULL object)
     */
    public UserTaskLocked {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        callerSessionId = Objects.requireNonNullElse(callerSessionId, "");
        callerObjectId = Objects.requireNonNullElse(callerObjectId, "");
        callerTaskId = Objects.requireNonNullElse(callerTaskId, "");
        queueName = Objects.requireNonNullElse(queueName, "");
        waitingDate = Objects.requireNonNullElse(waitingDate, CccpDate.NIL);
    }

    static UserTaskLocked read(ArgumentReader in) {
        return new UserTaskLocked(
                in.str(),
                in.u32(),
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
