package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code client_log} (10015, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
 * @param source the sender's name for itself
 * @param data the log line, as bytes
 */
public record ClientLog(int sessionId, String path, String source, String data) implements ExplorerMessage {

    /** The id of {@code client_log} on the wire. */
    public static final int ID = 10015;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
     * @param source the sender's name for itself
     * @param data the log line, as bytes
     */
    public ClientLog {
        path = Objects.requireNonNullElse(path, "");
        source = Objects.requireNonNullElse(source, "");
        data = Objects.requireNonNullElse(data, "");
    }

    static ClientLog read(ArgumentReader in) {
        return new ClientLog(in.u32(), in.str(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).str(path).str(source).str(data);
    }
}
