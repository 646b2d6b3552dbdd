package io.cccpexplorer.dashboard;

import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.dashboard.cccp.CccpFeeds;
import io.cccpexplorer.dashboard.cccp.EmbeddedSimulator;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.FeedOpener;
import io.cccpexplorer.dashboard.feed.ProjectFeed;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The default way to open a project's feed: the embedded simulator through cccp-client with its generated
 * credentials, configured and MySQL servers through cccp-client with {@code CCCP_LOGIN}/{@code CCCP_PASSWORD}.
 * There is no fake fallback: a simulator project other than the running embedded one cannot be opened.
 */
final class FeedSources implements FeedOpener, AutoCloseable {

    private final CccpFeeds cccp;
    private final EmbeddedSimulator simulator;

    FeedSources(DashboardConfig config, ScheduledExecutorService timer, EmbeddedSimulator simulator) {
        this.simulator = simulator;
        this.cccp = new CccpFeeds(config.cccpLogin(), config.cccpPassword(), config.clock(), timer,
                config::figureSettings);
    }

    @Override
    public ProjectFeed open(ServerEntry server) {
        if (server.source() == ServerEntry.Source.SIMULATOR) {
            if (simulator != null && server.project().equals(simulator.project())) {
                return cccp.open(server, Credentials.of(simulator.login(), simulator.password()));
            }
            throw new IllegalStateException("project " + server.project()
                    + " is served by the embedded simulator, which is not running");
        }
        return cccp.open(server);
    }

    @Override
    public void close() {
        cccp.close();
        if (simulator != null) {
            simulator.close();
        }
    }
}
