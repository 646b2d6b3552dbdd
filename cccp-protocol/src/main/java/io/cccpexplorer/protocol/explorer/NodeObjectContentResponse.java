package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code node_object_content_response} (20005, server → client).
 * {@code object} is a {@code any} object, {@code null} for the NULL object.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param object the object stored in the node, as a generic object blob
 * @param result the vendor's result code of the operation
 */
public record NodeObjectContentResponse(int sessionId, int systemId, CdepObject object, int result)
        implements ExplorerMessage {

    /** The id of {@code node_object_content_response} on the wire. */
    public static final int ID = 20005;

    static NodeObjectContentResponse read(ArgumentReader in) {
        return new NodeObjectContentResponse(in.u32(), in.u32(), in.object(BlobReader::readObject), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).object(object, BlobWriter::object).u32(result);
    }
}
