package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_session_semantic_error} (record 1000) as the CCXML process logs it.
 */
public record SessionSemanticError(String sessionId, String sourceId, String tagName, String attributeName,
                                   String attributeValue, String reason)
        implements CcxmlRecord {

    public static final int ID = 1000;

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
