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
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param sourceId the element that produced the record
 * @param type the log line's type
 * @param stringData the record's text payload
 * @param objectData the record's object payload, a generic object blob ({@code null} for the NULL object)
 */
public record SessionLog(String sessionId, String sourceId, String type, String stringData,
                         CdepObject objectData)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_session_log} in the {@code ccxml_logger} interface. */
    public static final int ID = 104;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param sourceId the element that produced the record
     * @param type the log line's type
     * @param stringData the record's text payload
     * @param objectData the record's object payload, a generic object blob ({@code null} for the NULL object)
     */
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
