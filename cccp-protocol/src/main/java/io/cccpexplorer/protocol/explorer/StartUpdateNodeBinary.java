package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code start_update_node_binary} (10018, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param nodeName the configuration-tree node concerned
 * @param mime the MIME type of the node's content
 * @param consistentObjectClass the class of the object stored in the node
 * @param truncate whether the existing content is truncated first
 */
public record StartUpdateNodeBinary(int sessionId, int systemId, String nodeName, String mime,
                                    String consistentObjectClass, boolean truncate)
        implements ExplorerMessage {

    /** The id of {@code start_update_node_binary} on the wire. */
    public static final int ID = 10018;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param nodeName the configuration-tree node concerned
     * @param mime the MIME type of the node's content
     * @param consistentObjectClass the class of the object stored in the node
     * @param truncate whether the existing content is truncated first
     */
    public StartUpdateNodeBinary {
        nodeName = Objects.requireNonNullElse(nodeName, "");
        mime = Objects.requireNonNullElse(mime, "");
        consistentObjectClass = Objects.requireNonNullElse(consistentObjectClass, "");
    }

    static StartUpdateNodeBinary read(ArgumentReader in) {
        return new StartUpdateNodeBinary(in.u32(), in.u32(), in.str(), in.str(), in.str(), in.bool());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(nodeName).str(mime).str(consistentObjectClass).bool(truncate);
    }
}
