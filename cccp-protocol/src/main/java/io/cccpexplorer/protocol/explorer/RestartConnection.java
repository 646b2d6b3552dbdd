package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code restart_connection} (20037, server → client): semantics unknown; ccenter_report ignores it.
 */
public record RestartConnection() implements ExplorerMessage {

    /** The id of {@code restart_connection} on the wire. */
    public static final int ID = 20037;

    /** The only instance: the message has no arguments. */
    public static final RestartConnection INSTANCE = new RestartConnection();

    static RestartConnection read(ArgumentReader in) {
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
