package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.Bytes;

import java.util.Objects;

/**
 * {@code add_update_node_binary} (10019, client → server).
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param offset the byte offset of this chunk in the node's binary content
 * @param insert whether the chunk is inserted at the offset rather than written over
 * @param data this chunk of the content being uploaded
 */
public record AddUpdateNodeBinary(int sessionId, int systemId, long offset, boolean insert, Bytes data)
        implements ExplorerMessage {

    /** The id of {@code add_update_node_binary} on the wire. */
    public static final int ID = 10019;

    /**
     * Reads {@code null} bytes as empty: on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param offset the byte offset of this chunk in the node's binary content
     * @param insert whether the chunk is inserted at the offset rather than written over
     * @param data this chunk of the content being uploaded
     */
    public AddUpdateNodeBinary {
        data = Objects.requireNonNullElse(data, Bytes.EMPTY);
    }

    static AddUpdateNodeBinary read(ArgumentReader in) {
        return new AddUpdateNodeBinary(in.u32(), in.u32(), in.u64(), in.bool(), Bytes.of(in.data()));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).u64(offset).bool(insert).data(data.toArray());
    }
}
