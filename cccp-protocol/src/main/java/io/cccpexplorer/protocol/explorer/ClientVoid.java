package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code client_void} (10048, client → server): a no-op; harmless as a liveness probe.
 */
public record ClientVoid() implements ExplorerMessage {

    /** The id of {@code client_void} on the wire. */
    public static final int ID = 10048;

    /** The only instance: the message has no arguments. */
    public static final ClientVoid INSTANCE = new ClientVoid();

    static ClientVoid read(ArgumentReader in) {
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
