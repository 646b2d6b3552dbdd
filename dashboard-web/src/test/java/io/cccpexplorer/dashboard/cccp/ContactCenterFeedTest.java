package io.cccpexplorer.dashboard.cccp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.Change;
import io.cccpexplorer.client.model.FigureSettings;
import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.DashboardServer;
import io.cccpexplorer.dashboard.TestBrowser;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.FeedListener;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/**
 * The feed over a real cccp-simulator project: a subscriber that throws does not keep a change from the others; a
 * first picture that failed and loads later makes the API answer again.
 */
class ContactCenterFeedTest {

    @Test
    void aSubscriberThatThrowsIsCountedAndTheNextOneStillGetsTheChange() throws Exception {
        EmbeddedSimulator simulator = EmbeddedSimulator.start("FEED", 8, 3L, Clock.systemUTC());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        CccpClient client = CccpClient.create();
        ContactCenterFeed feed = new ContactCenterFeed(
                new ServerEntry("FEED", "127.0.0.1", simulator.port(), 0, null, ServerEntry.Source.CONFIG), client,
                Credentials.of(simulator.login(), simulator.password()), ConnectionOptions.defaults(),
                Clock.systemUTC(), timer, FigureSettings.defaults(ZoneOffset.UTC));
        try {
            List<String> heard = new CopyOnWriteArrayList<>();
            // subscribed before the connection's first picture: both see every agent and the resync that follows
            feed.subscribe(new FeedListener() {
                @Override
                public void onAgent(Change<Agent> change) {
                    throw new IllegalStateException("subscriber bug");
                }
            });
            feed.subscribe(new FeedListener() {
                @Override
                public void onAgent(Change<Agent> change) {
                    heard.add("agent");
                }

                @Override
                public void onResync() {
                    heard.add("resync");
                }
            });

            long end = System.nanoTime() + 20_000_000_000L;
            // the first picture's resync is handed on when the model's ready() completes, and the agents' changes
            // reach subscribers on the model's own thread, which a loaded machine runs later: wait for both
            while (!(heard.contains("resync") && heard.contains("agent")) && System.nanoTime() < end) {
                Thread.sleep(20);
            }

            assertThat(heard).as("the subscriber after the one that threw").contains("resync");
            long agents = heard.stream().filter("agent"::equals).count();
            assertThat(agents).isPositive();
            // the throwing subscriber runs first on each change: its failures are never behind what the next heard
            assertThat(feed.listenerFailures()).isGreaterThanOrEqualTo(agents);
        } finally {
            feed.close();
            client.close();
            timer.shutdownNow();
            simulator.close();
        }
    }

    /**
     * A list of the first picture the server leaves unanswered (its {@code query_list}s dropped on the way, the
     * server otherwise up) makes the lists 503 {@code data_unavailable}; once the list answers, on the same
     * connection, they are 200 again. The feed used to look only at the model's first {@code ready()}, which
     * keeps its failure: the API stayed 503 until the feed was opened again.
     */
    @Test
    void aListThatLoadsAfterTheFirstPictureFailedMakesTheApiAnswerAgainWithoutReconnect() throws Exception {
        EmbeddedSimulator simulator = EmbeddedSimulator.start("LATE", 8, 5L, Clock.systemUTC());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        CccpClient client = CccpClient.create();
        // short deadlines: the five attempts of the first load fail within seconds
        ConnectionOptions quick = ConnectionOptions.defaults().withRequestTimeout(Duration.ofMillis(200))
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(200));
        try (WithheldListProxy proxy = WithheldListProxy.start(simulator.port(), "queues")) {
            DashboardConfig config = DashboardConfig.builder().port(0).simulator(false)
                    .server(new ServerEntry("LATE", "127.0.0.1", proxy.port(), 0, null, ServerEntry.Source.CONFIG))
                    .feedOpener(server -> new ContactCenterFeed(server, client,
                            Credentials.of(simulator.login(), simulator.password()), quick, Clock.systemUTC(), timer,
                            FigureSettings.defaults(ZoneOffset.UTC)))
                    .build();
            try (DashboardServer dashboard = DashboardServer.start(config)) {
                TestBrowser b = new TestBrowser(dashboard.uri());
                TestBrowser.Answer refused = b.awaitGet("/api/queues?project=LATE",
                        a -> "data_unavailable".equals(a.errorCode()));
                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.body()).contains("query_list queues");
                assertThat(b.get("/api/users?project=LATE").errorCode()).isEqualTo("data_unavailable");
                assertThat(b.get("/api/status?project=LATE").header("X-Data-State")).isEqualTo("unavailable");
                int dropped = proxy.dropped();
                assertThat(dropped).as("query_lists of queues withheld").isGreaterThanOrEqualTo(5);

                proxy.release();

                TestBrowser.Answer queues = b.awaitGet("/api/queues?project=LATE",
                        a -> a.status() == 200 && !a.json().isEmpty());
                assertThat(queues.header("X-Data-State")).isEqualTo("live");
                assertThat(b.get("/api/users?project=LATE").status()).isEqualTo(200);
                assertThat(proxy.connections()).as("connections: no reconnect").isEqualTo(1);
            }
        } finally {
            client.close();
            timer.shutdownNow();
            simulator.close();
        }
    }
}
