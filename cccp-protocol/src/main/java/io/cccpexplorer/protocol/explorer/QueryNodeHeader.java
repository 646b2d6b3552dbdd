package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_node_header} (10007, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
 */
public record QueryNodeHeader(int sessionId, int systemId, String path) implements ExplorerMessage {

    /** The id of {@code query_node_header} on the wire. */
    public static final int ID = 10007;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
     */
    public QueryNodeHeader {
        path = Objects.requireNonNullElse(path, "");
    }

    static QueryNodeHeader read(ArgumentReader in) {
        return new QueryNodeHeader(in.u32(), in.u32(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(path);
    }
}
