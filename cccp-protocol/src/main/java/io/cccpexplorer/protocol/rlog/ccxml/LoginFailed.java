package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_login_failed} (record 300) as the CCXML process logs it.
 */
public record LoginFailed(String login, String reason) implements CcxmlRecord {

    public static final int ID = 300;

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
