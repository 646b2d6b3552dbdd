package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code use_default_namespaces_index_ok} (20038, server → client): answer to use_default_namespaces_index.
 */
public record UseDefaultNamespacesIndexOk() implements ExplorerMessage {

    /** The id of {@code use_default_namespaces_index_ok} on the wire. */
    public static final int ID = 20038;

    /** The only instance: the message has no arguments. */
    public static final UseDefaultNamespacesIndexOk INSTANCE = new UseDefaultNamespacesIndexOk();

    static UseDefaultNamespacesIndexOk read(ArgumentReader in) {
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
