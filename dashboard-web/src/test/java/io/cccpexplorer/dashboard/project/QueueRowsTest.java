package io.cccpexplorer.dashboard.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.client.model.FigureSettings;
import io.cccpexplorer.dashboard.ModelRecords;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import io.cccpexplorer.dashboard.http.DashboardJson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Queue rows are coalesced ({@link ProjectHub#pushCoalesced()}) but carry the feed's kind of change, and a removal
 * goes at once, also for a queue the browser only knows from its snapshot.
 */
class QueueRowsTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    private final BusinessDay day = new BusinessDay(ZoneOffset.UTC, LocalTime.MIDNIGHT);
    private final List<String> frames = new CopyOnWriteArrayList<>();   // the feed delivers on its thread

    @Test
    void rowsKeepTheFeedsKindAndARemovalOfASnapshotQueueIsSent() {
        InMemoryFeed feed = new InMemoryFeed("ACME", clock);
        feed.putQueue(ModelRecords.queue(10, "ACME__SAV").counters(1, 0, 0, 0).build());
        feed.putQueue(ModelRecords.queue(12, "ACME__OLD").counters(0, 0, 0, 0).build());
        feed.awaitDelivered();   // those two are in the snapshot, not events the hub would see as adds
        try (ProjectHub hub = new ProjectHub(new ServerEntry("ACME", "192.0.2.10", 20263, 20264, "cst",
                ServerEntry.Source.CONFIG), feed, clock, DashboardJson.create(), 100, day,
                new DayCurve(day, Duration.ofSeconds(10)), Duration.ofSeconds(10),
                FigureSettings.defaults(ZoneOffset.UTC))) {
            hub.attach(RecordedFrames.sink(frames), null);
            assertThat(String.join("", frames)).contains("event: snapshot").contains("ACME__SAV");

            // a new queue, then two updates of it before the next push: one row, an add
            feed.putQueue(ModelRecords.queue(11, "ACME__VIP").counters(1, 0, 1, 1).build());
            feed.putQueue(ModelRecords.queue(11, "ACME__VIP").counters(1, 0, 2, 2).build());
            feed.putQueue(ModelRecords.queue(11, "ACME__VIP").counters(1, 0, 3, 3).build());
            // SAV, known from the snapshot only, changes: an update
            feed.putQueue(ModelRecords.queue(10, "ACME__SAV").counters(1, 0, 4, 4).build());
            feed.awaitDelivered();
            hub.pushCoalesced();
            assertThat(queueFrames()).hasSize(2);
            assertThat(queueFrames()).anySatisfy(f -> assertThat(f).contains("\"op\":\"add\"")
                    .contains("ACME__VIP").contains("\"waiting\":3"));
            assertThat(queueFrames()).anySatisfy(f -> assertThat(f).contains("\"op\":\"update\"")
                    .contains("ACME__SAV").contains("\"waiting\":4"));

            // a queue the browser has from a queue event or from its snapshot: removed at once, no push needed
            feed.removeQueue(11);
            awaitQueueFrames(3);
            assertThat(queueFrames().get(2)).contains("\"op\":\"remove\"").contains("ACME__VIP");
            feed.removeQueue(12);   // OLD never changed since the snapshot
            awaitQueueFrames(4);
            assertThat(queueFrames().get(3)).contains("\"op\":\"remove\"").contains("ACME__OLD");
        }
    }

    private void awaitQueueFrames(int n) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (queueFrames().size() < n && System.nanoTime() < deadline) {
            LockSupport.parkNanos(10_000_000);
        }
        assertThat(queueFrames()).hasSize(n);
    }

    private List<String> queueFrames() {
        return frames.stream().filter(f -> f.contains("event: queue")).toList();
    }
}
