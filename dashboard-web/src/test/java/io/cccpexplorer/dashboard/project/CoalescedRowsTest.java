package io.cccpexplorer.dashboard.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.client.model.CallStatus;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Agents' and calls' rows are coalesced like the queues': per object at most one row per {@link
 * ProjectHub#pushCoalesced()}, with its latest state and the kind the browsers need (an add stays an add); a
 * removal goes at once, and forgets the object's waiting row; the rows are numbered in the ring like any event, so
 * a browser resuming with {@code Last-Event-ID} gets them. The feed delivers on its own thread: each step waits
 * for it ({@link InMemoryFeed#awaitDelivered()}), then pushes by hand (no timer in this test).
 */
class CoalescedRowsTest {

    private final ManualClock clock = ManualClock.utc("2026-12-06T10:00:00Z");
    private final BusinessDay day = new BusinessDay(ZoneOffset.UTC, LocalTime.MIDNIGHT);
    private final InMemoryFeed feed = new InMemoryFeed("ACME", clock);
    private final List<String> frames = new CopyOnWriteArrayList<>();
    private final Map<Long, Long> changedMillis = new ConcurrentHashMap<>();
    private ProjectHub hub;

    @BeforeEach
    void open() {
        feed.putAgent(ModelRecords.agent(1, "known").name("before").build());
        feed.putCall(ModelRecords.call(100, "S-known").agent("before").build());
        feed.awaitDelivered();   // in the snapshot, not events the hub would see
        hub = new ProjectHub(new ServerEntry("ACME", "192.0.2.10", 20263, 20264, "cst", ServerEntry.Source.CONFIG),
                feed, clock, DashboardJson.create(), 100, day, new DayCurve(day, Duration.ofSeconds(10)),
                Duration.ofSeconds(10), FigureSettings.defaults(ZoneOffset.UTC));
        hub.tap((event, changed) -> changedMillis.put(event.id(), changed));
        hub.attach(RecordedFrames.sink(frames), null);
        assertThat(String.join("", frames)).contains("event: snapshot").contains("\"login\":\"known\"");
        frames.clear();
    }

    @AfterEach
    void close() {
        hub.close();
    }

    @Test
    void anObjectChangedSeveralTimesGetsOneRowWithItsLatestStateAndTheRightKind() {
        feed.putAgent(ModelRecords.agent(2, "new").name("v1").build());      // an add ...
        feed.putAgent(ModelRecords.agent(2, "new").name("v2").build());      // ... updated twice
        feed.putAgent(ModelRecords.agent(2, "new").name("v3").build());
        feed.putAgent(ModelRecords.agent(1, "known").name("after1").build()); // known from the snapshot
        feed.putAgent(ModelRecords.agent(1, "known").name("after2").build());
        feed.putCall(ModelRecords.call(101, "S-new").agent("a1").build());
        feed.putCall(ModelRecords.call(101, "S-new").agent("a2").state(CallStatus.TALKING).build());
        feed.putCall(ModelRecords.call(100, "S-known").agent("after").build());
        feed.awaitDelivered();
        assertThat(rows("user")).isEmpty();   // nothing before the push
        assertThat(rows("call")).isEmpty();

        hub.pushCoalesced();
        assertThat(rows("user")).hasSize(2);
        assertThat(rows("user").get(0)).contains("\"op\":\"add\"").contains("\"login\":\"new\"")
                .contains("\"user_name\":\"v3\"");   // in the order the objects first changed
        assertThat(rows("user").get(1)).contains("\"op\":\"update\"").contains("\"user_name\":\"after2\"");
        assertThat(rows("call")).hasSize(2);
        assertThat(rows("call").get(0)).contains("\"op\":\"add\"").contains("\"session_id\":\"S-new\"")
                .contains("\"agent\":\"a2\"");
        assertThat(rows("call").get(1)).contains("\"op\":\"update\"").contains("\"agent\":\"after\"");

        hub.pushCoalesced();   // nothing changed since
        assertThat(rows("user")).hasSize(2);
        assertThat(rows("call")).hasSize(2);

        feed.putAgent(ModelRecords.agent(2, "new").name("v4").build());   // now known: an update
        feed.awaitDelivered();
        hub.pushCoalesced();
        assertThat(rows("user")).hasSize(3);
        assertThat(rows("user").get(2)).contains("\"op\":\"update\"").contains("\"user_name\":\"v4\"");
    }

    @Test
    void aRemovalGoesAtOnceAndNoOlderRowOfTheObjectFollowsIt() {
        feed.putAgent(ModelRecords.agent(1, "known").name("changed").build());
        feed.removeAgent(1);                                                // updated then removed
        feed.putAgent(ModelRecords.agent(3, "brief").build());
        feed.removeAgent(3);                                                // added then removed
        feed.putCall(ModelRecords.call(102, "S-brief").build());
        feed.removeCall(102);
        feed.removeCall(100);                                               // known from the snapshot
        feed.awaitDelivered();
        // before any push: the three removals, nothing else
        assertThat(rows("user")).hasSize(2).allSatisfy(f -> assertThat(f).contains("\"op\":\"remove\""));
        assertThat(rows("user").get(0)).contains("\"login\":\"known\"");
        assertThat(rows("user").get(1)).contains("\"login\":\"brief\"");   // ignored by a browser that never had it
        assertThat(rows("call")).hasSize(2).allSatisfy(f -> assertThat(f).contains("\"op\":\"remove\""));

        hub.pushCoalesced();
        assertThat(rows("user")).hasSize(2);   // no stale row re-adding a removed object
        assertThat(rows("call")).hasSize(2);

        feed.putAgent(ModelRecords.agent(3, "brief").name("back").build());   // removed, then back: an add
        feed.awaitDelivered();
        hub.pushCoalesced();
        assertThat(rows("user").get(2)).contains("\"op\":\"add\"").contains("\"user_name\":\"back\"");
    }

    @Test
    void aCoalescedRowCountsItsWaitFromTheOldestChangeItCarries() {
        long first = clock.millis();
        feed.putAgent(ModelRecords.agent(1, "known").name("a").build());
        feed.awaitDelivered();
        clock.advance(Duration.ofMillis(300));
        feed.putAgent(ModelRecords.agent(1, "known").name("b").build());
        feed.awaitDelivered();
        clock.advance(Duration.ofMillis(200));
        hub.pushCoalesced();
        assertThat(rows("user")).hasSize(1);
        assertThat(changedMillis.get(RecordedFrames.idOf(rows("user").get(0)))).isEqualTo(first);
    }

    @Test
    void aBrowserResumingAfterAPushGetsTheCoalescedRowsFromTheRing() {
        feed.putAgent(ModelRecords.agent(1, "known").name("first").build());
        feed.awaitDelivered();
        hub.pushCoalesced();
        long lastSeen = RecordedFrames.idOf(rows("user").get(0));

        // the browser is away while two objects change twice each
        feed.putAgent(ModelRecords.agent(1, "known").name("x").build());
        feed.putCall(ModelRecords.call(100, "S-known").agent("y").build());
        feed.putAgent(ModelRecords.agent(1, "known").name("missed").build());
        feed.putCall(ModelRecords.call(100, "S-known").agent("missed").build());
        feed.awaitDelivered();
        hub.pushCoalesced();

        List<String> resumed = new CopyOnWriteArrayList<>();
        hub.attach(RecordedFrames.sink(resumed), lastSeen);
        assertThat(resumed.get(0)).startsWith("retry:");
        assertThat(resumed.subList(1, resumed.size())).noneMatch(f -> f.contains("event: snapshot"))
                .anyMatch(f -> f.contains("event: user") && f.contains("\"user_name\":\"missed\""))
                .anyMatch(f -> f.contains("event: call") && f.contains("\"agent\":\"missed\""));
        assertThat(RecordedFrames.idOf(resumed.get(1))).isEqualTo(lastSeen + 1);
    }

    private List<String> rows(String type) {
        return frames.stream().filter(f -> f.contains("event: " + type + "\n")).toList();
    }


}
