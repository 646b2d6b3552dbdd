package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.Bytes;

import java.util.Objects;

/**
 * {@code node_binary_content_response} (20019, server → client).
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param offset the byte offset of this chunk in the node's binary content
 * @param insert whether the chunk is inserted at the offset rather than written over
 * @param data this chunk of the node's binary content
 * @param moreData whether more chunks follow
 * @param result the vendor's result code of the operation
 */
public record NodeBinaryContentResponse(int sessionId, int systemId, long offset, boolean insert, Bytes data,
                                        boolean moreData, int result)
        implements ExplorerMessage {

    /** The id of {@code node_binary_content_response} on the wire. */
    public static final int ID = 20019;

    /**
     * Reads {@code null} bytes as empty: on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param offset the byte offset of this chunk in the node's binary content
     * @param insert whether the chunk is inserted at the offset rather than written over
     * @param data this chunk of the node's binary content
     * @param moreData whether more chunks follow
     * @param result the vendor's result code of the operation
     */
    public NodeBinaryContentResponse {
        data = Objects.requireNonNullElse(data, Bytes.EMPTY);
    }

    static NodeBinaryContentResponse read(ArgumentReader in) {
        return new NodeBinaryContentResponse(
                in.u32(),
                in.u32(),
                in.u64(),
                in.bool(),
                Bytes.of(in.data()),
                in.bool(),
                in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).u64(offset).bool(insert).data(data.toArray()).bool(moreData).u32(result);
    }
}
