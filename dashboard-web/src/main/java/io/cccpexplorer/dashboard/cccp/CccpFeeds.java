package io.cccpexplorer.dashboard.cccp;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.model.FigureSettings;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.ConnectionStatus;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import io.cccpexplorer.dashboard.feed.ProjectFeed;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * Opens project feeds on CCCP servers with one shared {@link CccpClient} (one event-loop group for all projects).
 * Servers without usable credentials get an empty feed that says so.
 */
public final class CccpFeeds implements AutoCloseable {

    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Credentials configured;
    private final Function<String, FigureSettings> figures;
    private CccpClient client;

    /**
     * @param login CCCP login for configured and MySQL servers ({@code CCCP_LOGIN}), or {@code null}
     * @param figures each project's figure settings (zone, day start, targets, teams) for its model
     */
    public CccpFeeds(String login, String password, Clock clock, ScheduledExecutorService timer,
                     Function<String, FigureSettings> figures) {
        this.clock = clock;
        this.figures = figures;
        this.timer = timer;
        this.configured = login == null ? null : Credentials.of(login, password == null ? "" : password);
    }

    /** Opens a server with the configured credentials. */
    public ProjectFeed open(ServerEntry server) {
        if (configured == null) {
            InMemoryFeed offline = new InMemoryFeed(server.project(), clock);
            offline.setConnection(new ConnectionStatus(ConnectionStatus.State.OFFLINE, OffsetDateTime.now(clock),
                    "no CCCP credentials configured (set CCCP_LOGIN and CCCP_PASSWORD)"));
            return offline;
        }
        return open(server, configured);
    }

    public synchronized ProjectFeed open(ServerEntry server, Credentials credentials) {
        if (client == null) {
            client = CccpClient.create();
        }
        return new ContactCenterFeed(server, client, credentials, ConnectionOptions.defaults(), clock, timer,
                figures.apply(server.project()));
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
        }
    }
}
