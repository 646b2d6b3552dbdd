package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_phone_number} (record 318) as the CCXML process logs it.
 */
public record UserPhoneNumber(String sessionId, String uri, String contactUri) implements CcxmlRecord {

    public static final int ID = 318;

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
