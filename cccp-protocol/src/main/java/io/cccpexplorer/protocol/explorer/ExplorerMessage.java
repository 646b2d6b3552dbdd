package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.wire.ArgumentWriter;

/**
 * A message of the explorer interface (module 103, wire spec §4.2): one immutable record per message id.
 * Each record keeps its decoder ({@code static read(ArgumentReader)}) beside its encoder
 * ({@link #writeArguments}), and {@link ExplorerCodec} maps ids to decoders.
 */
public interface ExplorerMessage {

    /** The message id on the wire. */
    int id();

    /** Writes the arguments, in wire order. */
    void writeArguments(ArgumentWriter out);

    /** True for messages a client sends (ids 103 and 10000-10049), false for the server's. */
    default boolean fromClient() {
        int id = id();
        return id == Initialize.ID || (id >= 10_000 && id < 20_000);
    }
}
