package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code update_naming_space} (10002, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param path the namespace being defined
 */
public record UpdateNamingSpace(int sessionId, String path) implements ExplorerMessage {

    /** The id of {@code update_naming_space} on the wire. */
    public static final int ID = 10002;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param path the namespace being defined
     */
    public UpdateNamingSpace {
        path = Objects.requireNonNullElse(path, "");
    }

    static UpdateNamingSpace read(ArgumentReader in) {
        return new UpdateNamingSpace(in.u32(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).str(path);
    }
}
