package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.Bytes;

import java.util.Objects;

/**
 * {@code node_raw_object_content_response} (20023, server → client).
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param rawObject whether the object is wanted as raw (possibly compressed) bytes
 * @param uncompressedSize the size of the object once uncompressed
 * @param result the vendor's result code of the operation
 */
public record NodeRawObjectContentResponse(int sessionId, int systemId, Bytes rawObject, int uncompressedSize,
                                           int result)
        implements ExplorerMessage {

    /** The id of {@code node_raw_object_content_response} on the wire. */
    public static final int ID = 20023;

    /**
     * Reads {@code null} bytes as empty: on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param rawObject whether the object is wanted as raw (possibly compressed) bytes
     * @param uncompressedSize the size of the object once uncompressed
     * @param result the vendor's result code of the operation
     */
    public NodeRawObjectContentResponse {
        rawObject = Objects.requireNonNullElse(rawObject, Bytes.EMPTY);
    }

    static NodeRawObjectContentResponse read(ArgumentReader in) {
        return new NodeRawObjectContentResponse(in.u32(), in.u32(), Bytes.of(in.data()), in.u32(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).data(rawObject.toArray()).u32(uncompressedSize).u32(result);
    }
}
