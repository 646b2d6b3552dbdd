package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_task_result} (record 403) as the CCXML process logs it. Object arguments are generic blobs,
 * {@code null} for the NULL object.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param taskId the task: one distribution of a call to agents through a queue
 * @param reason the reason, as the process logs it
 * @param values the task's result values, a generic object blob ({@code null} for the NULL object)
 */
public record TaskResult(String sessionId, String taskId, String reason, CdepObject values) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_task_result} in the {@code ccxml_logger} interface. */
    public static final int ID = 403;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param taskId the task: one distribution of a call to agents through a queue
     * @param reason the reason, as the process logs it
     * @param values the task's result values, a generic object blob ({@code null} for the NULL object)
     */
    public TaskResult {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        taskId = Objects.requireNonNullElse(taskId, "");
        reason = Objects.requireNonNullElse(reason, "");
    }

    static TaskResult read(ArgumentReader in) {
        return new TaskResult(in.str(), in.str(), in.str(), in.object(BlobReader::readObject));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(taskId).str(reason).object(values, BlobWriter::object);
    }
}
