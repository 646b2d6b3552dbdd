package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code query_node_object_content_update} (10047, client → server).
 * {@code update} is a {@code consistent_update} object, {@code null} for the NULL object.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param requestId the client-chosen id of this edit, echoed in the server's report
 * @param update the batch of edits, as a generic object blob
 */
public record QueryNodeObjectContentUpdate(int sessionId, int systemId, int requestId, CdepObject update)
        implements ExplorerMessage {

    /** The id of {@code query_node_object_content_update} on the wire. */
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
