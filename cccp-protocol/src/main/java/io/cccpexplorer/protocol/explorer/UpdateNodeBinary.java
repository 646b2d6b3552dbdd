package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.Bytes;

import java.util.Objects;

/**
 * {@code update_node_binary} (10006, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param nodeName the configuration-tree node concerned
 * @param mime the MIME type of the node's content
 * @param consistentObjectClass the class of the object stored in the node
 * @param data the node's new binary content
 */
public record UpdateNodeBinary(int sessionId, int systemId, String nodeName, String mime,
                               String consistentObjectClass, Bytes data)
        implements ExplorerMessage {

    /** The id of {@code update_node_binary} on the wire. */
    public static final int ID = 10006;

    /**
     * Reads {@code null} strings as "" and {@code null} bytes as empty: on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param nodeName the configuration-tree node concerned
     * @param mime the MIME type of the node's content
     * @param consistentObjectClass the class of the object stored in the node
     * @param data the node's new binary content
     */
    public UpdateNodeBinary {
        nodeName = Objects.requireNonNullElse(nodeName, "");
        mime = Objects.requireNonNullElse(mime, "");
        consistentObjectClass = Objects.requireNonNullElse(consistentObjectClass, "");
        data = Objects.requireNonNullElse(data, Bytes.EMPTY);
    }

    static UpdateNodeBinary read(ArgumentReader in) {
        return new UpdateNodeBinary(in.u32(), in.u32(), in.str(), in.str(), in.str(), Bytes.of(in.data()));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(nodeName).str(mime).str(consistentObjectClass).data(data.toArray());
    }
}
