package io.cccpexplorer.dashboard.feed;

import io.cccpexplorer.client.model.ContactCenterListener;

/**
 * Receives one project's changes: the live model's own {@link io.cccpexplorer.client.model.Change}s of agents,
 * calls and queues (inherited), plus the health of the dashboard's link to the server. A feed calls its listeners
 * in order, one call at a time, never on an I/O thread.
 */
public interface FeedListener extends ContactCenterListener {

    default void onConnection(ConnectionStatus status) {
    }
}
