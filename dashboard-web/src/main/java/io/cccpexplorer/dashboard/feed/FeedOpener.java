package io.cccpexplorer.dashboard.feed;

import io.cccpexplorer.dashboard.config.ServerEntry;

/** Opens the live feed of one configured server (a real CCCP connection, or an in-process feed in tests). */
@FunctionalInterface
public interface FeedOpener {

    ProjectFeed open(ServerEntry server);
}
