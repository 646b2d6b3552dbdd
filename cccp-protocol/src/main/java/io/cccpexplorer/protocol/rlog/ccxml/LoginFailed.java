package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_login_failed} (record 300) as the CCXML process logs it.
 *
 * @param login the login that was refused
 * @param reason the reason, as the process logs it
 */
public record LoginFailed(String login, String reason) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_login_failed} in the {@code ccxml_logger} interface. */
    public static final int ID = 300;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param login the login that was refused
     * @param reason the reason, as the process logs it
     */
    public LoginFailed {
        login = Objects.requireNonNullElse(login, "");
        reason = Objects.requireNonNullElse(reason, "");
    }

    static LoginFailed read(ArgumentReader in) {
        return new LoginFailed(in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(login).str(reason);
    }
}
