package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code login_ok} (20001, server → client): the login session is open (the dispatch sends empty ids).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param userId the user's id (the dispatch sends "")
 * @param explorerId the explorer's id (the dispatch sends "")
 */
public record LoginOk(int sessionId, String userId, String explorerId) implements ExplorerMessage {

    /** The id of {@code login_ok} on the wire. */
    public static final int ID = 20001;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param userId the user's id (the dispatch sends "")
     * @param explorerId the explorer's id (the dispatch sends "")
     */
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
