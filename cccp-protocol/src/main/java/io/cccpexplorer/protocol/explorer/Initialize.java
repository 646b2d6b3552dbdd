package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code initialize} (103, client → server): the first message of a connection; its id (103) selects the explorer
 * module.
 *
 * @param clientVersion the client's version (ignored by the dispatch)
 * @param canCompress whether the client accepts compression (ignored: the dispatch never compresses)
 */
public record Initialize(int clientVersion, boolean canCompress) implements ExplorerMessage {

    /** The id of {@code initialize} on the wire. */
    public static final int ID = 103;

    static Initialize read(ArgumentReader in) {
        return new Initialize(in.u32(), in.bool());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(clientVersion).bool(canCompress);
    }
}
