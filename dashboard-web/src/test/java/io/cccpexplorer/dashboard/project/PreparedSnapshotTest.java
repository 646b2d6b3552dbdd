package io.cccpexplorer.dashboard.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.client.model.FigureSettings;
import io.cccpexplorer.dashboard.ManualClock;
import io.cccpexplorer.dashboard.ModelRecords;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import io.cccpexplorer.dashboard.http.DashboardJson;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A stream's snapshot built before it attaches ({@code prepareSnapshot}, outside the hub's lock, on the request's
 * thread): the stream gets that snapshot, numbered with the last event before its data was read, then every event
 * published since, so nothing is lost between the two; when the ring no longer holds those events, a fresh
 * snapshot; when the stream resumes from the ring, nothing is built.
 */
class PreparedSnapshotTest {

    private final ManualClock clock = ManualClock.utc("2026-12-06T10:00:00Z");
    private final BusinessDay day = new BusinessDay(ZoneOffset.UTC, LocalTime.MIDNIGHT);

    @Test
    void theEventsPublishedWhileTheSnapshotWasPreparedFollowIt() {
        InMemoryFeed feed = feedWithAlice();
        try (ProjectHub hub = hub(feed, 100)) {
            ProjectHub.PreparedSnapshot prepared = hub.prepareSnapshot(null, StreamViews.ALL, true);
            renameAlice(feed, hub, "Alice Busy");

            List<String> frames = new CopyOnWriteArrayList<>();
            hub.attach(RecordedFrames.sink(frames), null, StreamViews.ALL, prepared);

            assertThat(frames.get(1)).contains("event: snapshot").contains("\"user_name\":\"Alice\"");
            assertThat(frames.get(2)).contains("event: user").contains("\"user_name\":\"Alice Busy\"");
            assertThat(RecordedFrames.idOf(frames.get(2))).isEqualTo(RecordedFrames.idOf(frames.get(1)) + 1);

            // live from then on
            renameAlice(feed, hub, "Alice Away");
            assertThat(frames.get(frames.size() - 1)).contains("\"user_name\":\"Alice Away\"");
        }
    }

    @Test
    void aSnapshotWhoseFollowingEventsLeftTheRingIsBuiltAgainWhenTheStreamAttaches() {
        InMemoryFeed feed = feedWithAlice();
        try (ProjectHub hub = hub(feed, 3)) {
            ProjectHub.PreparedSnapshot prepared = hub.prepareSnapshot(null, StreamViews.ALL, false);
            for (int i = 1; i <= 5; i++) {
                renameAlice(feed, hub, "Alice " + i);
            }

            List<String> frames = new CopyOnWriteArrayList<>();
            hub.attach(RecordedFrames.sink(frames), null, StreamViews.ALL, prepared);

            assertThat(frames).hasSize(2);   // retry, then a snapshot of now: the stale one and its gap are gone
            assertThat(frames.get(1)).contains("event: snapshot").contains("\"user_name\":\"Alice 5\"");
        }
    }

    @Test
    void streamsPreparedMeanwhileShareOneSnapshotAndAResumingStreamNeedsNone() {
        InMemoryFeed feed = feedWithAlice();
        try (ProjectHub hub = hub(feed, 100)) {
            List<String> first = new CopyOnWriteArrayList<>();
            List<String> second = new CopyOnWriteArrayList<>();
            hub.attach(RecordedFrames.sink(first), null, StreamViews.ALL, hub.prepareSnapshot(null, StreamViews.ALL,
                    false));
            hub.attach(RecordedFrames.sink(second), null, StreamViews.ALL, hub.prepareSnapshot(null, StreamViews.ALL,
                    false));
            assertThat(second.get(1)).isEqualTo(first.get(1));

            renameAlice(feed, hub, "Alice Busy");
            long lastSeen = RecordedFrames.idOf(first.get(1));   // the snapshot's: resumes with what followed it
            assertThat(hub.prepareSnapshot(lastSeen, StreamViews.ALL, false)).isNull();
            List<String> resumed = new CopyOnWriteArrayList<>();
            hub.attach(RecordedFrames.sink(resumed), lastSeen, StreamViews.ALL, null);
            assertThat(String.join("", resumed)).doesNotContain("event: snapshot").contains("Alice Busy");
        }
    }

    private InMemoryFeed feedWithAlice() {
        InMemoryFeed feed = new InMemoryFeed("ACME", clock);
        feed.putAgent(ModelRecords.agent(1, "alice").name("Alice").build());
        feed.awaitDelivered();
        return feed;
    }

    private static void renameAlice(InMemoryFeed feed, ProjectHub hub, String name) {
        feed.putAgent(ModelRecords.agent(1, "alice").name(name).build());
        feed.awaitDelivered();
        hub.pushCoalesced();
    }

    private ProjectHub hub(InMemoryFeed feed, int ringSize) {
        return new ProjectHub(new ServerEntry("ACME", "192.0.2.10", 20263, 20264, "cst", ServerEntry.Source.CONFIG),
                feed, clock, DashboardJson.create(), ringSize, day, new DayCurve(day, Duration.ofSeconds(10)),
                Duration.ofSeconds(10), FigureSettings.defaults(ZoneOffset.UTC));
    }
}
