package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_logout} (record 302) as the CCXML process logs it. {@code userObjectId} is the wire argument
 * {@code id}.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param userObjectId the user's object id in the configuration
 */
public record Logout(String sessionId, int userObjectId) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_logout} in the {@code ccxml_logger} interface. */
    public static final int ID = 302;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param userObjectId the user's object id in the configuration
     */
    public Logout {
        sessionId = Objects.requireNonNullElse(sessionId, "");
    }

    static Logout read(ArgumentReader in) {
        return new Logout(in.str(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).u32(userObjectId);
    }
}
