package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code logout} (10030, client → server): closes the login session (the dispatch sends no answer).
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 */
public record Logout(int sessionId) implements ExplorerMessage {

    /** The id of {@code logout} on the wire. */
    public static final int ID = 10030;

    static Logout read(ArgumentReader in) {
        return new Logout(in.u32());
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
