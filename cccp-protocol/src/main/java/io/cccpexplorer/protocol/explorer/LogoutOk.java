package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code logout_ok} (20021, server → client): answer to logout (not sent by the dispatch).
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 */
public record LogoutOk(int sessionId) implements ExplorerMessage {

    /** The id of {@code logout_ok} on the wire. */
    public static final int ID = 20021;

    static LogoutOk read(ArgumentReader in) {
        return new LogoutOk(in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId);
    }
}
