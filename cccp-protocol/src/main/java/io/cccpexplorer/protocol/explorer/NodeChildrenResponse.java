package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code node_children_response} (20006, server → client).
 * {@code children} is a {@code consistent_protocol_children} object, {@code null} for the NULL object.
 */
public record NodeChildrenResponse(int sessionId, int systemId, CdepObject children, int result)
        implements ExplorerMessage {

    public static final int ID = 20006;

    static NodeChildrenResponse read(ArgumentReader in) {
        return new NodeChildrenResponse(in.u32(), in.u32(), in.object(BlobReader::readObject), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).object(children, BlobWriter::object).u32(result);
    }
}
