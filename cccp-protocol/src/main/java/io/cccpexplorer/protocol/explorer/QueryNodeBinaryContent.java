package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_node_binary_content} (10028, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
 * @param windowSize how many bytes the server may send before an acknowledgement
 */
public record QueryNodeBinaryContent(int sessionId, int systemId, String path, int windowSize)
        implements ExplorerMessage {

    /** The id of {@code query_node_binary_content} on the wire. */
    public static final int ID = 10028;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
     * @param windowSize how many bytes the server may send before an acknowledgement
     */
    public QueryNodeBinaryContent {
        path = Objects.requireNonNullElse(path, "");
    }

    static QueryNodeBinaryContent read(ArgumentReader in) {
        return new QueryNodeBinaryContent(in.u32(), in.u32(), in.str(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(path).u32(windowSize);
    }
}
