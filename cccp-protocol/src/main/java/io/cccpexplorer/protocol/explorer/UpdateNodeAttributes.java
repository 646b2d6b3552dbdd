package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.Bytes;

import java.util.Objects;

/**
 * {@code update_node_attributes} (10046, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param nodeName the configuration-tree node concerned
 * @param data the node's new attributes, as bytes
 */
public record UpdateNodeAttributes(int sessionId, int systemId, String nodeName, Bytes data)
        implements ExplorerMessage {

    /** The id of {@code update_node_attributes} on the wire. */
    public static final int ID = 10046;

    /**
     * Reads {@code null} strings as "" and {@code null} bytes as empty: on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param nodeName the configuration-tree node concerned
     * @param data the node's new attributes, as bytes
     */
    public UpdateNodeAttributes {
        nodeName = Objects.requireNonNullElse(nodeName, "");
        data = Objects.requireNonNullElse(data, Bytes.EMPTY);
    }

    static UpdateNodeAttributes read(ArgumentReader in) {
        return new UpdateNodeAttributes(in.u32(), in.u32(), in.str(), Bytes.of(in.data()));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(nodeName).data(data.toArray());
    }
}
