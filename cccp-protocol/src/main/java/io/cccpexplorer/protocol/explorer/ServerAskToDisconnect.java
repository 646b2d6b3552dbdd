package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code server_ask_to_disconnect} (0, server → client): the server asks the client to close the connection.
 */
public record ServerAskToDisconnect() implements ExplorerMessage {

    /** The id of {@code server_ask_to_disconnect} on the wire. */
    public static final int ID = 0;

    /** The only instance: the message has no arguments. */
    public static final ServerAskToDisconnect INSTANCE = new ServerAskToDisconnect();

    static ServerAskToDisconnect read(ArgumentReader in) {
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
