package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.Bytes;

import java.util.Objects;

/**
 * {@code node_binary_content_response} (20019, server → client).
 */
public record NodeBinaryContentResponse(int sessionId, int systemId, long offset, boolean insert, Bytes data,
                                        boolean moreData, int result)
        implements ExplorerMessage {

    public static final int ID = 20019;

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
