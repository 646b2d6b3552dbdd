package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code login} (10000, client → server): opens a login session; the password travels in clear text.
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record Login(int sessionId, String login, String password, int instancesCount, boolean hasBeenConnected)
        implements ExplorerMessage {

    public static final int ID = 10000;

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
