package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_session_semantic_error} (record 1000) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param sourceId the element that produced the record
 * @param tagName the CCXML tag in error
 * @param attributeName the attribute in error
 * @param attributeValue the attribute's value
 * @param reason the reason, as the process logs it
 */
public record SessionSemanticError(String sessionId, String sourceId, String tagName, String attributeName,
                                   String attributeValue, String reason)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_session_semantic_error} in the {@code ccxml_logger} interface. */
    public static final int ID = 1000;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param sourceId the element that produced the record
     * @param tagName the CCXML tag in error
     * @param attributeName the attribute in error
     * @param attributeValue the attribute's value
     * @param reason the reason, as the process logs it
     */
    public SessionSemanticError {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        sourceId = Objects.requireNonNullElse(sourceId, "");
        tagName = Objects.requireNonNullElse(tagName, "");
        attributeName = Objects.requireNonNullElse(attributeName, "");
        attributeValue = Objects.requireNonNullElse(attributeValue, "");
        reason = Objects.requireNonNullElse(reason, "");
    }

    static SessionSemanticError read(ArgumentReader in) {
        return new SessionSemanticError(in.str(), in.str(), in.str(), in.str(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(sourceId).str(tagName).str(attributeName).str(attributeValue).str(reason);
    }
}
