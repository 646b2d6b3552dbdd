package io.cccpexplorer.protocol.netty;

import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.explorer.UseDefaultNamespacesIndex;
import io.cccpexplorer.protocol.explorer.UseDefaultNamespacesIndexOk;

/**
 * The two namespace tables of one explorer connection, one per direction, and the one message that changes
 * both: {@code use_default_namespaces_index} (wire spec §3.2). The decoder and encoder of a channel share one
 * instance; nothing else touches it.
 */
public final class ExplorerNamespaces {

    /** Empty tables for both directions of a new connection. */
    public ExplorerNamespaces() {
    }

    private final NamespaceTable inbound = new NamespaceTable();
    private final NamespaceTable outbound = new NamespaceTable();

    /**
     * The table that numbers the namespaces of blobs the peer sends.
     *
     * @return the inbound table
     */
    public NamespaceTable inbound() {
        return inbound;
    }

    /**
     * The table that numbers the namespaces of blobs this side sends.
     *
     * @return the outbound table
     */
    public NamespaceTable outbound() {
        return outbound;
    }

    /**
     * A server received {@code use_default_namespaces_index}: both tables hold the 38 defaults, and the next
     * blob it sends announces all 38, as the dispatch does. A client received {@code _ok}: every blob the server
     * sends from now on is numbered from the defaults (blobs sent before the {@code _ok} still used the old
     * numbering, which is why the client's inbound table switches here and not when it sent the request).
     */
    void onReceived(ExplorerMessage message) {
        if (message instanceof UseDefaultNamespacesIndex) {
            inbound.expectDefaults();
            outbound.useDefaults();
        } else if (message instanceof UseDefaultNamespacesIndexOk) {
            inbound.expectDefaults();
        }
    }

    /**
     * A client sent {@code use_default_namespaces_index}: the server reads every later blob of ours with the
     * defaults, so our outbound table switches now and queues nothing (the server knows the paths already).
     */
    void onSent(ExplorerMessage message) {
        if (message instanceof UseDefaultNamespacesIndex) {
            outbound.expectDefaults();
        }
    }
}
