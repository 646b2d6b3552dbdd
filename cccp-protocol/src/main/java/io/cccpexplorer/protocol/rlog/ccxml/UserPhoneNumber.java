package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_phone_number} (record 318) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param uri the URI, as the process logs it
 * @param contactUri the phone's contact URI
 */
public record UserPhoneNumber(String sessionId, String uri, String contactUri) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_user_phone_number} in the {@code ccxml_logger} interface. */
    public static final int ID = 318;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param uri the URI, as the process logs it
     * @param contactUri the phone's contact URI
     */
    public UserPhoneNumber {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        uri = Objects.requireNonNullElse(uri, "");
        contactUri = Objects.requireNonNullElse(contactUri, "");
    }

    static UserPhoneNumber read(ArgumentReader in) {
        return new UserPhoneNumber(in.str(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(uri).str(contactUri);
    }
}
