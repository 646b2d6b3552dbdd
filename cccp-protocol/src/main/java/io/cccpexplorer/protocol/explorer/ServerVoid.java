package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code server_void} (20036, server → client): a no-op.
 */
public record ServerVoid() implements ExplorerMessage {

    /** The id of {@code server_void} on the wire. */
    public static final int ID = 20036;

    /** The only instance: the message has no arguments. */
    public static final ServerVoid INSTANCE = new ServerVoid();

    static ServerVoid read(ArgumentReader in) {
        return INSTANCE;
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
    }
}
