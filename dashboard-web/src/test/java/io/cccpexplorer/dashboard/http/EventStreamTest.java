package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccpexplorer.dashboard.ModelRecords;
import io.cccpexplorer.dashboard.SseReader;
import io.cccpexplorer.dashboard.TestBrowser;
import io.cccpexplorer.dashboard.TestDashboard;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import io.cccpexplorer.dashboard.project.ProjectHub;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestDashboard dashboard;

    @BeforeAll
    static void start() {
        dashboard = new TestDashboard(b -> b.heartbeat(Duration.ofMillis(300)).sseMaxPendingBytes(1024 * 1024)
                .eventRingSize(50));
    }

    @AfterAll
    static void stop() {
        dashboard.close();
    }

    private static JsonNode json(String data) throws Exception {
        return JSON.readTree(data);
    }

    @Test
    void streamStartsWithRetryAndASnapshotThenCarriesChanges() throws Exception {
        TestBrowser b = dashboard.browser();
        try (SseReader sse = SseReader.open(b, "/api/events/stream?project=ACME", null)) {
            assertThat(sse.response().headers().firstValue("Content-Type").orElse(""))
                    .startsWith("text/event-stream");
            assertThat(sse.next(WAIT).retry()).isEqualTo("3000");
            SseReader.Frame snapshot = sse.next(WAIT);
            assertThat(snapshot.event()).isEqualTo("snapshot");
            assertThat(snapshot.id()).matches("\\d+");
            assertThat(json(snapshot.data()).path("current_project").asText()).isEqualTo("ACME");
            OffsetDateTime now = OffsetDateTime.now(TestDashboard.PARIS);
            dashboard.feed("ACME").putAgent(TestDashboard.agent("ACME", 501, "sse_new", now));
            SseReader.Frame change = sse.until(f -> "user".equals(f.event()) && f.data().contains("sse_new"), WAIT);
            JsonNode event = json(change.data());
            assertThat(event.path("op").asText()).isEqualTo("add");
            assertThat(event.path("item").path("login").asText()).isEqualTo("sse_new");
            assertThat(Long.parseLong(change.id())).isGreaterThan(Long.parseLong(snapshot.id()));
            assertThat(event.path("id").asLong()).isEqualTo(Long.parseLong(change.id()));
            dashboard.feed("ACME").removeAgent(501);
            SseReader.Frame removal = sse.until(f -> "user".equals(f.event()) && f.data().contains("sse_new"), WAIT);
            assertThat(json(removal.data()).path("op").asText()).isEqualTo("remove");
        }
    }

    /**
     * A queue's row goes out within one coalescing period of its change, with the server's counters and the day
     * figures at that moment; a burst of queue changes costs a few snapshots and rows, not one each (a snapshot
     * costs the whole site: one per change made a 5,000-agent hub fall minutes behind).
     */
    @Test
    void queueFiguresFollowShortlyAndABurstOfQueueChangesCostsFewSnapshots() throws Exception {
        InMemoryFeed feed = dashboard.feed("BETA");
        try (SseReader sse = SseReader.open(dashboard.browser(), "/api/events/stream?project=BETA", null)) {
            sse.until(f -> "snapshot".equals(f.event()), WAIT);
            feed.setFigures(java.util.Map.of("BETA__SAV", ModelRecords.figures("BETA__SAV").agents(1, 1, 0)
                    .live(1, 30, 1).day(7, 5, 4, 40, 1).build()), java.util.Map.of(), null);
            feed.putQueue(ModelRecords.queue(10, "BETA__SAV").counters(1, 0, 2, 2).build());
            SseReader.Frame fresh = sse.until(f -> "queue".equals(f.event()) && f.data().contains("\"answered\":5"),
                    WAIT);
            assertThat(json(fresh.data()).path("item").path("offered").asInt()).isEqualTo(7);
            assertThat(json(fresh.data()).path("item").path("waiting").asInt()).isEqualTo(2);

            long before = feed.snapshotsTaken();
            for (int i = 0; i < 1_000; i++) {
                feed.putQueue(ModelRecords.queue(10, "BETA__SAV").counters(1, 0, i % 5, 2).build());
            }
            feed.putQueue(ModelRecords.queue(10, "BETA__SAV").counters(1, 0, 99, 2).build());
            SseReader.Frame last = sse.until(f -> "queue".equals(f.event()) && f.data().contains("\"waiting\":99"),
                    WAIT);   // all delivered
            assertThat(feed.snapshotsTaken() - before).isLessThan(100);
            assertThat(Long.parseLong(last.id()) - Long.parseLong(fresh.id())).as("rows for 1,001 changes")
                    .isLessThan(100);
        }
    }

    @Test
    void aStreamNamingAnUnknownViewIsRefused() {
        assertThat(dashboard.browser().get("/api/events/stream?project=BETA&views=queues,agents").errorCode())
                .isEqualTo("bad_parameter");
    }

    @Test
    void heartbeatsAreComments() {
        try (SseReader sse = SseReader.open(dashboard.browser(), "/api/events/stream?project=BETA", null)) {
            SseReader.Frame ping = sse.until(f -> f.comment() != null, WAIT);
            assertThat(ping.comment()).isEqualTo("ping");
            assertThat(ping.id()).isNull();
        }
    }

    @Test
    void reconnectWithLastEventIdResumesExactlyAfterIt() throws Exception {
        TestBrowser b = dashboard.browser();
        InMemoryFeed feed = dashboard.feed("BETA");
        OffsetDateTime now = OffsetDateTime.now(TestDashboard.PARIS);
        String lastSeen;
        try (SseReader sse = SseReader.open(b, "/api/events/stream?project=BETA", null)) {
            sse.until(f -> "snapshot".equals(f.event()), WAIT);
            feed.putAgent(TestDashboard.agent("BETA", 601, "first", now));
            lastSeen = sse.until(f -> f.data() != null && f.data().contains("\"first\""), WAIT).id();
        }
        // changes while the browser is away
        feed.putAgent(TestDashboard.agent("BETA", 602, "missed_one", now));
        feed.putAgent(TestDashboard.agent("BETA", 603, "missed_two", now));
        awaitRingContains("BETA", "missed_two");
        try (SseReader sse = SseReader.open(b, "/api/events/stream?project=BETA", lastSeen)) {
            assertThat(sse.next(WAIT).retry()).isEqualTo("3000");
            // the events after lastSeen, in order, with no snapshot: the two users and whatever the hub pushed
            // between them (the agents' counts follow the agents)
            SseReader.Frame first = sse.next(WAIT);
            assertThat(first.event()).isNotEqualTo("snapshot");
            assertThat(Long.parseLong(first.id())).isEqualTo(Long.parseLong(lastSeen) + 1);
            java.util.List<String> users = new java.util.ArrayList<>();
            SseReader.Frame f = first;
            while (!f.data().contains("missed_two")) {
                if ("user".equals(f.event())) {
                    users.add(f.data());
                }
                f = sse.next(WAIT);
                assertThat(f.event()).isNotEqualTo("snapshot");
            }
            assertThat(users).hasSize(1);
            assertThat(users.get(0)).contains("missed_one");
        }
    }

    @Test
    void anIdOlderThanTheRingGetsAFreshSnapshot() {
        InMemoryFeed feed = dashboard.feed("BETA");
        OffsetDateTime now = OffsetDateTime.now(TestDashboard.PARIS);
        for (int i = 0; i < 60; i++) {
            feed.putAgent(TestDashboard.agent("BETA", 700 + i, "bulk" + i, now));
        }
        awaitRingContains("BETA", "bulk59");
        try (SseReader sse = SseReader.open(dashboard.browser(), "/api/events/stream?project=BETA", "1")) {
            sse.next(WAIT);
            SseReader.Frame f = sse.next(WAIT);
            assertThat(f.event()).isEqualTo("snapshot");
            assertThat(f.data()).contains("bulk59");
        }
    }

    @Test
    void aClientThatStopsReadingIsDroppedNotBuffered() throws Exception {
        ProjectHub hub = dashboard.server().hubs().hub("ACME");
        int before = hub.streamCount();
        try (Socket slow = new Socket("127.0.0.1", dashboard.server().port())) {
            slow.setReceiveBufferSize(4096);
            OutputStream out = slow.getOutputStream();
            out.write(("GET /api/events/stream?project=ACME HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: "
                    + "text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = slow.getInputStream();
            byte[] head = new byte[12];
            assertThat(in.readNBytes(head, 0, head.length)).isEqualTo(12);
            assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
            awaitStreams(hub, before + 1);
            // never read again; push far more than socket buffers and the 1 MiB pending limit can hold
            InMemoryFeed feed = dashboard.feed("ACME");
            OffsetDateTime now = OffsetDateTime.now(TestDashboard.PARIS);
            // (distinct agents: an agent's changes are coalesced into one row per push)
            String padding = "p".repeat(16_000);
            int added = 0;
            for (; added < 2_000 && hub.streamCount() > before; added++) {
                feed.putAgent(ModelRecords.AgentBuilder.from(TestDashboard.agent("ACME", 900 + added, "slow" + added,
                        now)).name(padding).build());
            }
            awaitStreams(hub, before);
            assertThat(hub.streamCount()).isEqualTo(before);
            // let the feed work off the burst (delivery is in order: the marker comes last), and shrink ACME again
            for (int id = 900; id < 900 + added; id++) {
                feed.removeAgent(id);
            }
            feed.putAgent(TestDashboard.agent("ACME", 999, "burst_done", now));
            awaitRingContains("ACME", "burst_done");
        }
        // a reading client is still served (once the feed has worked off the burst above)
        try (SseReader sse = SseReader.open(dashboard.browser(), "/api/events/stream?project=ACME", null)) {
            assertThat(sse.until(f -> "snapshot".equals(f.event()), WAIT.multipliedBy(3)).data())
                    .contains("\"current_project\":\"ACME\"");
        }
    }

    private static void awaitStreams(ProjectHub hub, int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (hub.streamCount() != count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            Thread.sleep(5);   // polling a server-side counter; there is no event to wait on
        }
        assertThat(hub.streamCount()).isEqualTo(count);
    }

    private static void awaitRingContains(String project, String text) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        ProjectHub hub = dashboard.server().hubs().hub(project);
        while (System.nanoTime() < deadline) {
            List<io.cccpexplorer.dashboard.view.EventView> events = hub.events(5);
            if (events.stream().anyMatch(e -> e.item().toString().contains(text))) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("event with " + text + " never reached the ring");
    }
}
