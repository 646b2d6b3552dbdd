package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.Bytes;

import java.util.Objects;

/**
 * {@code add_update_node_binary} (10019, client → server).
 */
public record AddUpdateNodeBinary(int sessionId, int systemId, long offset, boolean insert, Bytes data)
        implements ExplorerMessage {

    public static final int ID = 10019;

    public AddUpdateNodeBinary {
        data = Objects.requireNonNullElse(data, Bytes.EMPTY);
    }

    static AddUpdateNodeBinary read(ArgumentReader in) {
        return new AddUpdateNodeBinary(in.u32(), in.u32(), in.u64(), in.bool(), Bytes.of(in.data()));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).u64(offset).bool(insert).data(data.toArray());
    }
}
