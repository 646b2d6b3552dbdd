package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_task_managed} (record 310) as the CCXML process logs it. Object arguments are generic
 * blobs, {@code null} for the NULL object.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param taskLoggerId the number of the task within the agent's session
 * @param reason the reason, as the process logs it
 * @param object the record's object payload, a generic object blob ({@code null} for the NULL object)
 */
public record UserTaskManaged(String sessionId, int taskLoggerId, String reason, CdepObject object)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_user_task_managed} in the {@code ccxml_logger} interface. */
    public static final int ID = 310;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param taskLoggerId the number of the task within the agent's session
     * @param reason the reason, as the process logs it
     * @param object the record's object payload, a generic object blob ({@code null} for the NULL object)
     */
    public UserTaskManaged {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        reason = Objects.requireNonNullElse(reason, "");
    }

    static UserTaskManaged read(ArgumentReader in) {
        return new UserTaskManaged(in.str(), in.u32(), in.str(), in.object(BlobReader::readObject));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).u32(taskLoggerId).str(reason).object(object, BlobWriter::object);
    }
}
