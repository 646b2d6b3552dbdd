package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code login_failed} (20002, server → client): login refused; the dispatch sends it only for a session id
 * already open on the connection.
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session that was refused
 * @param reason the reason, as Latin-1 text
 */
public record LoginFailed(int sessionId, String reason) implements ExplorerMessage {

    /** The id of {@code login_failed} on the wire. */
    public static final int ID = 20002;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session that was refused
     * @param reason the reason, as Latin-1 text
     */
    public LoginFailed {
        reason = Objects.requireNonNullElse(reason, "");
    }

    static LoginFailed read(ArgumentReader in) {
        return new LoginFailed(in.u32(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).str(reason);
    }
}
