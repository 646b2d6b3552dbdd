package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code use_default_namespaces_index} (10049, client → server): switches both namespace tables of the connection
 * to the 38 defaults.
 */
public record UseDefaultNamespacesIndex() implements ExplorerMessage {

    /** The id of {@code use_default_namespaces_index} on the wire. */
    public static final int ID = 10049;

    /** The only instance: the message has no arguments. */
    public static final UseDefaultNamespacesIndex INSTANCE = new UseDefaultNamespacesIndex();

    static UseDefaultNamespacesIndex read(ArgumentReader in) {
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
