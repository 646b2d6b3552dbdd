package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.Bytes;

import java.util.Objects;

/**
 * {@code node_raw_object_content_response} (20023, server → client).
 */
public record NodeRawObjectContentResponse(int sessionId, int systemId, Bytes rawObject, int uncompressedSize,
                                           int result)
        implements ExplorerMessage {

    public static final int ID = 20023;

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
