package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.CccpDate;

import java.util.Objects;

/**
 * {@code ccxml_logger_user_register} (record 323) as the CCXML process logs it.
 *
 * @param userId the user whose phone registers
 * @param callId the telephony call id
 * @param phoneId the phone's id
 * @param contact the phone's contact
 * @param expires the registration's lifetime
 * @param expiresDate when the registration expires
 */
public record UserRegister(int userId, String callId, String phoneId, String contact, int expires,
                           CccpDate expiresDate)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_user_register} in the {@code ccxml_logger} interface. */
    public static final int ID = 323;

    /**
     * Reads {@code null} strings as "" and a {@code null} date as {@link CccpDate#NIL}: on the wire they are the same
     * bytes.
     *
     * @param userId the user whose phone registers
     * @param callId the telephony call id
     * @param phoneId the phone's id
     * @param contact the phone's contact
     * @param expires the registration's lifetime
     * @param expiresDate when the registration expires
     */
    public UserRegister {
        callId = Objects.requireNonNullElse(callId, "");
        phoneId = Objects.requireNonNullElse(phoneId, "");
        contact = Objects.requireNonNullElse(contact, "");
        expiresDate = Objects.requireNonNullElse(expiresDate, CccpDate.NIL);
    }

    static UserRegister read(ArgumentReader in) {
        return new UserRegister(in.u32(), in.str(), in.str(), in.str(), in.u32(), in.date());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(userId).str(callId).str(phoneId).str(contact).u32(expires).date(expiresDate);
    }
}
