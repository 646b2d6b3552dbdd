package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_session_log} (record 104) as the CCXML process logs it. Object arguments are generic blobs,
 * {@code null} for the NULL object.
 */
public record SessionLog(String sessionId, String sourceId, String type, String stringData,
                         CdepObject objectData)
        implements CcxmlRecord {

    public static final int ID = 104;

    public SessionLog {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        sourceId = Objects.requireNonNullElse(sourceId, "");
        type = Objects.requireNonNullElse(type, "");
        stringData = Objects.requireNonNullElse(stringData, "");
    }

    static SessionLog read(ArgumentReader in) {
        return new SessionLog(in.str(), in.str(), in.str(), in.str(), in.object(BlobReader::readObject));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(sourceId).str(type).str(stringData).object(objectData, BlobWriter::object);
    }
}
