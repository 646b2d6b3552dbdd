package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_session_set_entry_point} (record 107) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param entryPoint the entry point the session came through
 * @param entryPointDisplayName the entry point's display name
 */
public record SessionSetEntryPoint(String sessionId, String entryPoint, String entryPointDisplayName)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_session_set_entry_point} in the {@code ccxml_logger} interface. */
    public static final int ID = 107;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param entryPoint the entry point the session came through
     * @param entryPointDisplayName the entry point's display name
     */
    public SessionSetEntryPoint {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        entryPoint = Objects.requireNonNullElse(entryPoint, "");
        entryPointDisplayName = Objects.requireNonNullElse(entryPointDisplayName, "");
    }

    static SessionSetEntryPoint read(ArgumentReader in) {
        return new SessionSetEntryPoint(in.str(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(entryPoint).str(entryPointDisplayName);
    }
}
