package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_session_event} (record 103) as the CCXML process logs it. Object arguments are generic
 * blobs, {@code null} for the NULL object.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param sourceId the element that produced the record
 * @param targetId the element the event is sent to
 * @param state the session's state
 * @param name the event's name
 * @param stringData the record's text payload
 * @param objectData the record's object payload, a generic object blob ({@code null} for the NULL object)
 */
public record SessionEvent(String sessionId, String sourceId, String targetId, String state, String name,
                           String stringData, CdepObject objectData)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_session_event} in the {@code ccxml_logger} interface. */
    public static final int ID = 103;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param sourceId the element that produced the record
     * @param targetId the element the event is sent to
     * @param state the session's state
     * @param name the event's name
     * @param stringData the record's text payload
     * @param objectData the record's object payload, a generic object blob ({@code null} for the NULL object)
     */
    public SessionEvent {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        sourceId = Objects.requireNonNullElse(sourceId, "");
        targetId = Objects.requireNonNullElse(targetId, "");
        state = Objects.requireNonNullElse(state, "");
        name = Objects.requireNonNullElse(name, "");
        stringData = Objects.requireNonNullElse(stringData, "");
    }

    static SessionEvent read(ArgumentReader in) {
        return new SessionEvent(
                in.str(),
                in.str(),
                in.str(),
                in.str(),
                in.str(),
                in.str(),
                in.object(BlobReader::readObject));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId)
                .str(sourceId)
                .str(targetId)
                .str(state)
                .str(name)
                .str(stringData)
                .object(objectData, BlobWriter::object);
    }
}
