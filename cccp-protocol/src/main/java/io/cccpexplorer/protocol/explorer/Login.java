package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code login} (10000, client → server): opens a login session; the password travels in clear text.
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param login the user's login
 * @param password the user's password (the dispatch does not check it)
 * @param instancesCount how many instances of the client the user runs
 * @param hasBeenConnected whether this client was connected before (a reconnect)
 */
public record Login(int sessionId, String login, String password, int instancesCount, boolean hasBeenConnected)
        implements ExplorerMessage {

    /** The id of {@code login} on the wire. */
    public static final int ID = 10000;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param login the user's login
     * @param password the user's password (the dispatch does not check it)
     * @param instancesCount how many instances of the client the user runs
     * @param hasBeenConnected whether this client was connected before (a reconnect)
     */
    public Login {
        login = Objects.requireNonNullElse(login, "");
        password = Objects.requireNonNullElse(password, "");
    }

    static Login read(ArgumentReader in) {
        return new Login(in.u32(), in.str(), in.str(), in.u32(), in.bool());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).str(login).str(password).u32(instancesCount).bool(hasBeenConnected);
    }
}
