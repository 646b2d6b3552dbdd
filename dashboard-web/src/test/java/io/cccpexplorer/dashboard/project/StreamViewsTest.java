package io.cccpexplorer.dashboard.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * A stream that asks for some views ({@code ?views=queues}, the wallboard) gets only those rows, in its snapshot and
 * live, also when it resumes; the KPIs, agents' counts, connection and alerts go to every stream.
 */
class StreamViewsTest {

    private final ManualClock clock = ManualClock.utc("2026-12-06T10:00:00Z");
    private final BusinessDay day = new BusinessDay(ZoneOffset.UTC, LocalTime.MIDNIGHT);

    @Test
    void aQueuesOnlyStreamGetsNoAgentOrCallRowsButEverythingElse() {
        InMemoryFeed feed = new InMemoryFeed("ACME", clock);
        feed.putAgent(ModelRecords.agent(1, "alice").build());
        feed.putCall(ModelRecords.call(100, "S-1").build());
        feed.putQueue(ModelRecords.queue(10, "ACME__SAV").counters(1, 0, 1, 1).build());
        feed.awaitDelivered();
        try (ProjectHub hub = new ProjectHub(new ServerEntry("ACME", "192.0.2.10", 20263, 20264, "cst",
                ServerEntry.Source.CONFIG), feed, clock, DashboardJson.create(), 100, day,
                new DayCurve(day, Duration.ofSeconds(10)), Duration.ofSeconds(10),
                FigureSettings.defaults(ZoneOffset.UTC))) {
            List<String> all = new CopyOnWriteArrayList<>();
            List<String> wallboard = new CopyOnWriteArrayList<>();
            hub.attach(RecordedFrames.sink(all), null);
            hub.attach(RecordedFrames.sink(wallboard), null, StreamViews.parse("queues"));
            assertThat(all.get(1)).contains("\"login\":\"alice\"").contains("\"session_id\":\"S-1\"");
            assertThat(wallboard.get(1)).contains("event: snapshot").contains("ACME__SAV")
                    .doesNotContain("alice").doesNotContain("S-1")
                    .contains("\"users_count\":1");   // the counts are the site's

            feed.putAgent(ModelRecords.agent(1, "alice").name("busy").build());
            feed.putCall(ModelRecords.call(100, "S-1").agent("alice").build());
            feed.putQueue(ModelRecords.queue(10, "ACME__SAV").counters(1, 0, 2, 2).build());
            feed.awaitDelivered();
            hub.pushCoalesced();
            hub.sample();
            hub.publish("alert", io.cccpexplorer.client.model.ChangeKind.ADDED, java.util.Map.of("id", 7));
            assertThat(types(all)).contains("user", "call", "queue", "agents", "kpi", "alert");
            assertThat(types(wallboard)).contains("queue", "agents", "kpi", "alert").doesNotContain("user", "call");
            long lastSeen = RecordedFrames.idOf(wallboard.get(wallboard.size() - 1));

            // the wallboard reconnects after one more change of each kind: the replay keeps its views
            feed.putAgent(ModelRecords.agent(1, "alice").name("away").build());
            feed.putQueue(ModelRecords.queue(10, "ACME__SAV").counters(1, 0, 3, 3).build());
            feed.awaitDelivered();
            hub.pushCoalesced();
            List<String> resumed = new CopyOnWriteArrayList<>();
            hub.attach(RecordedFrames.sink(resumed), lastSeen, StreamViews.parse("queues"));
            assertThat(types(resumed)).contains("queue").doesNotContain("user", "snapshot");
            assertThat(String.join("", resumed)).contains("\"waiting\":3");
        }
    }

    @Test
    void viewsAreParsedLeniently() {
        assertThat(StreamViews.parse(null)).isEqualTo(StreamViews.ALL);
        assertThat(StreamViews.parse(" ")).isEqualTo(StreamViews.ALL);
        assertThat(StreamViews.parse("Calls, users")).isEqualTo(new StreamViews(java.util.Set.of(
                StreamViews.Row.CALLS, StreamViews.Row.USERS)));
        assertThat(StreamViews.parse("queues").carries("kpi")).isTrue();
        assertThat(StreamViews.parse("queues").carries("call")).isFalse();
        assertThatThrownBy(() -> StreamViews.parse("queues,agents")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'agents'");
    }

    private static List<String> types(List<String> frames) {
        return frames.stream().filter(f -> f.contains("event: "))
                .map(f -> f.substring(f.indexOf("event: ") + 7, f.indexOf('\n', f.indexOf("event: ")))).toList();
    }


}
