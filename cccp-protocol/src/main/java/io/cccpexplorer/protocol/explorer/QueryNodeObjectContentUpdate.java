package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code query_node_object_content_update} (10047, client → server).
 * {@code update} is a {@code consistent_update} object, {@code null} for the NULL object.
 */
public record QueryNodeObjectContentUpdate(int sessionId, int systemId, int requestId, CdepObject update)
        implements ExplorerMessage {

    public static final int ID = 10047;

    static QueryNodeObjectContentUpdate read(ArgumentReader in) {
        return new QueryNodeObjectContentUpdate(in.u32(), in.u32(), in.u32(), in.object(BlobReader::readObject));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).u32(requestId).object(update, BlobWriter::object);
    }
}
