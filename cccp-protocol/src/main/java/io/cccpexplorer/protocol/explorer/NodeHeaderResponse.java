package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code node_header_response} (20004, server → client).
 * {@code header} is a {@code consistent_protocol_header} object, {@code null} for the NULL object.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param header the node's header, as a generic object blob
 * @param result the vendor's result code of the operation
 */
public record NodeHeaderResponse(int sessionId, int systemId, CdepObject header, int result)
        implements ExplorerMessage {

    /** The id of {@code node_header_response} on the wire. */
    public static final int ID = 20004;

    static NodeHeaderResponse read(ArgumentReader in) {
        return new NodeHeaderResponse(in.u32(), in.u32(), in.object(BlobReader::readObject), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).object(header, BlobWriter::object).u32(result);
    }
}
