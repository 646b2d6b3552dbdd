package io.cccpexplorer.protocol.netty;

import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.explorer.UseDefaultNamespacesIndex;

/**
 * The two namespace tables of one explorer connection, one per direction, and the one message that changes
 * both: {@code use_default_namespaces_index} (wire spec §3.2). The decoder and encoder of a channel share one
 * instance; nothing else touches it.
 */
public final class ExplorerNamespaces {

    private final NamespaceTable inbound = new NamespaceTable();
    private final NamespaceTable outbound = new NamespaceTable();

    public NamespaceTable inbound() {
        return inbound;
    }

    public NamespaceTable outbound() {
        return outbound;
    }

    /**
     * A server received {@code use_default_namespaces_index}: both tables hold the 38 defaults, and the next
     * blob it sends announces all 38, as the dispatch does.
     */
    void onReceived(ExplorerMessage message) {
        if (message instanceof UseDefaultNamespacesIndex) {
            inbound.expectDefaults();
            outbound.useDefaults();
        }
    }

    /**
     * A client sent {@code use_default_namespaces_index}: both tables hold the 38 defaults; the server knows
     * them already, so nothing is queued for announcement.
     */
    void onSent(ExplorerMessage message) {
        if (message instanceof UseDefaultNamespacesIndex) {
            inbound.expectDefaults();
            outbound.expectDefaults();
        }
    }
}
