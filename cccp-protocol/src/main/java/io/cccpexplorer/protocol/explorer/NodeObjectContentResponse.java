package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code node_object_content_response} (20005, server → client).
 * {@code object} is a {@code any} object, {@code null} for the NULL object.
 */
public record NodeObjectContentResponse(int sessionId, int systemId, CdepObject object, int result)
        implements ExplorerMessage {

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
