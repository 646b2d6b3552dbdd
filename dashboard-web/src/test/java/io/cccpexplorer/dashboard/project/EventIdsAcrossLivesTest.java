package io.cccpexplorer.dashboard.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.client.model.AgentStatus;
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
 * A browser that reconnects after the dashboard restarted (or after its project's hub was closed and opened
 * again) sends the last event id of the earlier life. The new life must answer with a snapshot, even once its own
 * events have passed that id: replaying "the events after it" would skip the new life's first events (an alert
 * raised right after the restart stayed invisible on the wallboard).
 */
class EventIdsAcrossLivesTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");
    private final BusinessDay day = new BusinessDay(ZoneOffset.UTC, LocalTime.MIDNIGHT);

    @Test
    void anIdOfAnEarlierLifeGetsASnapshotEvenWhenThisLifeHasPassedIt() {
        long earlierLifesId;
        List<String> first = new CopyOnWriteArrayList<>();
        try (ProjectHub life1 = hub(Clock.fixed(START, ZoneOffset.UTC), new InMemoryFeed("ACME", Clock.systemUTC()))) {
            life1.attach(RecordedFrames.sink(first), null);
            ((InMemoryFeed) life1.feed()).putAgent(ModelRecords.agent(1, "alice").status(AgentStatus.AVAILABLE)
                    .build());
            ((InMemoryFeed) life1.feed()).awaitDelivered();
            life1.pushCoalesced();
            awaitFrames(first, "event: user", 1);
            earlierLifesId = lastId(first);
        }

        // the restarted dashboard, a few seconds later, publishes more events than the browser had seen
        InMemoryFeed feed = new InMemoryFeed("ACME", Clock.systemUTC());
        try (ProjectHub life2 = hub(Clock.fixed(START.plusSeconds(5), ZoneOffset.UTC), feed)) {
            List<String> watcher = new CopyOnWriteArrayList<>();
            life2.attach(RecordedFrames.sink(watcher), null);
            for (int i = 0; i < 5; i++) {
                feed.putAgent(ModelRecords.agent(10 + i, "agent" + i).status(AgentStatus.AVAILABLE).build());
            }
            feed.awaitDelivered();
            life2.pushCoalesced();
            awaitFrames(watcher, "event: user", 5);
            assertThat(lastId(watcher)).isGreaterThan(earlierLifesId);

            List<String> resumed = new CopyOnWriteArrayList<>();
            life2.attach(RecordedFrames.sink(resumed), earlierLifesId);
            assertThat(resumed).hasSizeGreaterThanOrEqualTo(2);
            assertThat(resumed.get(1)).contains("event: snapshot");
            // a snapshot shared with browsers that connected within the second is followed by the events since
            assertThat(String.join("", resumed)).contains("agent0").contains("agent4");
        }
    }

    private ProjectHub hub(Clock clock, InMemoryFeed feed) {
        return new ProjectHub(new ServerEntry("ACME", "192.0.2.10", 20263, 20264, "cst", ServerEntry.Source.CONFIG),
                feed, clock, DashboardJson.create(), 100, day, new DayCurve(day, Duration.ofSeconds(10)),
                Duration.ofSeconds(10), FigureSettings.defaults(ZoneOffset.UTC));
    }


    /** Checks that {@code n} frames of a kind were sent. */
    private static void awaitFrames(List<String> frames, String kind, int n) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (frames.stream().filter(f -> f.contains(kind)).count() < n && System.nanoTime() < deadline) {
            LockSupport.parkNanos(10_000_000);
        }
        assertThat(frames.stream().filter(f -> f.contains(kind)).count()).isEqualTo(n);
    }

    private static long lastId(List<String> frames) {
        String last = frames.get(frames.size() - 1);
        int at = last.indexOf("id: ");
        return Long.parseLong(last.substring(at + 4, last.indexOf('\n', at)).trim());
    }
}
