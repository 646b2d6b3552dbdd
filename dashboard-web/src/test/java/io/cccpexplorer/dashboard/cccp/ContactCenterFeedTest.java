package io.cccpexplorer.dashboard.cccp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.Change;
import io.cccpexplorer.client.model.FigureSettings;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.FeedListener;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/** The feed over a real cccp-simulator project: a subscriber that throws does not keep a change from the others. */
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
            while (!heard.contains("resync") && System.nanoTime() < end) {
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
}
