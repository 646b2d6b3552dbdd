package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.TestDashboard;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A project's dashboard page is followed by its event stream: once the page is sent, the stream's snapshot is built
 * (so the stream finds it ready, #11's first picture).
 */
class StreamAheadTest {

    private static TestDashboard dashboard;

    @BeforeAll
    static void start() {
        // no chart point during the test: the only snapshots taken are the ones the requests cause
        dashboard = new TestDashboard(b -> b.kpiEvery(Duration.ofHours(1)));
    }

    @AfterAll
    static void stop() {
        dashboard.close();
    }

    @Test
    void theProjectPageHasItsStreamsSnapshotBuiltOnceItIsSent() throws InterruptedException {
        InMemoryFeed feed = dashboard.feed("ACME");
        assertThat(dashboard.browser().get("/overview").status()).isEqualTo(200);
        long before = feed.snapshotsTaken();

        assertThat(dashboard.browser().get("/cst_explorer/ACME").status()).isEqualTo(200);

        // built on the server once the page went out, so it may follow the answer by a moment
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (feed.snapshotsTaken() == before && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(feed.snapshotsTaken()).isGreaterThan(before);
    }
}
