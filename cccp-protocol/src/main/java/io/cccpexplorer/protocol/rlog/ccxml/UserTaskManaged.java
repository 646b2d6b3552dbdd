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
 */
public record UserTaskManaged(String sessionId, int taskLoggerId, String reason, CdepObject object)
        implements CcxmlRecord {

    public static final int ID = 310;

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
