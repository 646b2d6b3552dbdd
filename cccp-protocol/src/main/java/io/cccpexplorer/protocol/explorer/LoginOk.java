package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code login_ok} (20001, server → client): the login session is open (the dispatch sends empty ids).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record LoginOk(int sessionId, String userId, String explorerId) implements ExplorerMessage {

    public static final int ID = 20001;

    public LoginOk {
        userId = Objects.requireNonNullElse(userId, "");
        explorerId = Objects.requireNonNullElse(explorerId, "");
    }

    static LoginOk read(ArgumentReader in) {
        return new LoginOk(in.u32(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).str(userId).str(explorerId);
    }
}
