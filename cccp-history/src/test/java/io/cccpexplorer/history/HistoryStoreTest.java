package io.cccpexplorer.history;

import io.cccpexplorer.client.model.CallDisposition;

import static io.cccpexplorer.history.Calls.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cccpexplorer.client.model.SessionEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The store on both engines: idempotent writes, roll-ups, reports, search, console rows. */
class HistoryStoreTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Slots SLOTS = new Slots(PARIS);
    static final LocalDate DAY = LocalDate.of(2026, 2, 10);
    /** 09:00 Paris. */
    static final Instant NINE = DAY.atTime(9, 0).atZone(PARIS).toInstant();

    @TempDir
    Path dir;

    static HistoryBatch calls(StoredCall... calls) {
        return new HistoryBatch(PROJECT, List.of(calls), Map.of(), List.of(), List.of());
    }

    static HistoryBatch morning() {
        return calls(
                Calls.answered("c1", NINE, 0, "SALES", 10, "alice", 100, "0611111111"),
                Calls.answered("c2", NINE, 60, "SALES", 30, "bob", 200, "0622222222"),
                Calls.abandoned("c3", NINE, 120, "SALES", 3, "0633333333"),
                Calls.abandoned("c4", NINE, 900, "SALES", 40, "0611119999"),
                Calls.open("c5", NINE, 1000, "SALES", "0655555555"));
    }

    static QueueReportQuery queueQuery(ReportInterval interval) {
        return new QueueReportQuery(PROJECT, DAY, DAY, interval, List.of(), null);
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void queueFiguresPer15MinutesHourAndDayAreTheHandComputedOnes(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT).write(morning());
            HistoryReports reports = new HistoryReports(store.db(), SLOTS);

            List<QueueFigures> quarter = reports.queues(queueQuery(ReportInterval.MIN15));
            assertThat(quarter).hasSize(2);
            QueueFigures first = quarter.get(0);
            assertThat(first.interval()).isEqualTo(OffsetDateTime.parse("2026-02-10T09:00+01:00"));
            assertThat(first.queue()).isEqualTo("SALES");
            assertThat(first.offered()).isEqualTo(3);
            assertThat(first.answered()).isEqualTo(2);
            assertThat(first.abandoned()).isZero();
            assertThat(first.shortAbandoned()).isEqualTo(1);
            assertThat(first.serviceLevel()).isEqualTo(0.5); // 1 of (3 - 1 short abandon) within 20 s
            assertThat(first.targetS()).isEqualTo(20);
            assertThat(first.avgWaitS()).isEqualTo(14.3); // (10 + 30 + 3) / 3
            assertThat(first.maxWaitS()).isEqualTo(30.0);
            assertThat(first.asaS()).isEqualTo(20.0);
            assertThat(first.avgTalkS()).isEqualTo(150.0);
            assertThat(first.ahtS()).isEqualTo(155.0); // talk + 5 s wrap-up each
            QueueFigures second = quarter.get(1);
            assertThat(second.interval()).isEqualTo(OffsetDateTime.parse("2026-02-10T09:15+01:00"));
            assertThat(second.offered()).isEqualTo(1);
            assertThat(second.abandoned()).isEqualTo(1);
            assertThat(second.serviceLevel()).isEqualTo(0.0);
            assertThat(second.asaS()).isNull();

            for (ReportInterval longer : List.of(ReportInterval.HOUR, ReportInterval.DAY, ReportInterval.WEEK,
                    ReportInterval.MONTH)) {
                List<QueueFigures> rows = reports.queues(queueQuery(longer));
                assertThat(rows).as(longer.wire()).hasSize(1);
                QueueFigures all = rows.get(0);
                assertThat(all.offered()).isEqualTo(4); // the open call counts nowhere
                assertThat(all.answered()).isEqualTo(2);
                assertThat(all.abandoned()).isEqualTo(1);
                assertThat(all.shortAbandoned()).isEqualTo(1);
                assertThat(all.serviceLevel()).isEqualTo(0.3333);
                assertThat(all.avgWaitS()).isEqualTo(20.8); // 83 / 4
                assertThat(all.maxWaitS()).isEqualTo(40.0);
            }
            assertThat(reports.queues(queueQuery(ReportInterval.WEEK)).get(0).interval())
                    .isEqualTo(OffsetDateTime.parse("2026-02-09T00:00+01:00")); // Monday
            assertThat(reports.queues(queueQuery(ReportInterval.MONTH)).get(0).interval())
                    .isEqualTo(OffsetDateTime.parse("2026-02-01T00:00+01:00"));
        }
    }

    /**
     * The live model's rule (cccp-client's {@code QueueFigures.serviceLevel()}): answered within the target over
     * answered and abandoned; a caller who hung up within the short-abandon threshold (5 s, that second included) and
     * a call that left for another destination are left out. Before: over offered minus short abandons, which
     * counted the overflow as missed, and a hang-up at exactly 5 s as abandoned: 1 of 5 (0.2) for 1 of 3 live.
     */
    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void theServiceLevelLeavesOutShortAbandonsAndOverflowsAsTheLiveModelDoes(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT).write(calls(
                    Calls.answered("c1", NINE, 0, "SALES", 10, "alice", 100, "0611111111"),
                    Calls.answered("c2", NINE, 60, "SALES", 30, "bob", 200, "0622222222"),
                    Calls.abandoned("c3", NINE, 120, "SALES", 5, "0633333333"),
                    Calls.abandoned("c4", NINE, 180, "SALES", 6, "0644444444"),
                    Calls.overflowed("c5", NINE, 240, "SALES", 40, "0655555555")));
            QueueFigures day = new HistoryReports(store.db(), SLOTS).queues(queueQuery(ReportInterval.DAY)).get(0);
            assertThat(day.offered()).isEqualTo(5);
            assertThat(day.answered()).isEqualTo(2);
            assertThat(day.shortAbandoned()).as("hung up at 5 s").isEqualTo(1);
            assertThat(day.abandoned()).as("hung up at 6 s").isEqualTo(1);
            assertThat(day.overflowed()).isEqualTo(1);
            assertThat(day.serviceLevel()).isEqualTo(0.3333);
        }
        try (TestStores.Store store = TestStores.open(engine, dir.resolve("none"))) {
            new HistoryWriter(store.db(), SLOTS, new ServiceTargets(Duration.ofSeconds(20), Map.of(), Duration.ZERO))
                    .write(calls(Calls.abandoned("c1", NINE, 0, "SALES", 0, "0611111111")));
            QueueFigures day = new HistoryReports(store.db(), SLOTS).queues(queueQuery(ReportInterval.DAY)).get(0);
            assertThat(day.abandoned()).as("no threshold: every abandon counts").isEqualTo(1);
            assertThat(day.shortAbandoned()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void writingTheSameRowsTwiceChangesNothing(HistoryEngine engine) throws SQLException {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            HistoryWriter writer = new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT);
            HistoryBatch batch = new HistoryBatch(PROJECT, morning().calls(), Map.of("c1", events()), agentDay(),
                    List.of(new AgentSession(PROJECT, "user_1@x", "alice", "Alice", NINE, null)));
            writer.write(batch);
            List<String> once = dump(store.db());
            writer.write(batch);
            assertThat(dump(store.db())).isEqualTo(once);
            assertThat(once).anyMatch(row -> row.startsWith("queue_days|"))
                    .anyMatch(row -> row.startsWith("agent_days|"))
                    .anyMatch(row -> row.startsWith("agent_months|"));
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aCallRewrittenIntoAnotherQueueLeavesTheFirstQueue(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            HistoryWriter writer = new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT);
            writer.write(calls(Calls.answered("c1", NINE, 0, "SALES", 10, "alice", 100, "06")));
            writer.write(calls(Calls.answered("c1", NINE, 0, "SUPPORT", 10, "alice", 100, "06")));
            List<QueueFigures> rows = new HistoryReports(store.db(), SLOTS).queues(queueQuery(ReportInterval.DAY));
            assertThat(rows).extracting(QueueFigures::queue).containsExactly("SUPPORT");
        }
    }

    static List<AgentInterval> agentDay() {
        return List.of(
                new AgentInterval(PROJECT, "user_1@x", "alice", "available", "", NINE, NINE.plusSeconds(600)),
                new AgentInterval(PROJECT, "user_1@x", "alice", "talking", "", NINE.plusSeconds(600),
                        NINE.plusSeconds(1200)),
                new AgentInterval(PROJECT, "user_1@x", "alice", "wrap_up", "", NINE.plusSeconds(1200),
                        NINE.plusSeconds(1260)),
                new AgentInterval(PROJECT, "user_1@x", "alice", "pause", "lunch", NINE.plusSeconds(1260),
                        NINE.plusSeconds(4860)),
                new AgentInterval(PROJECT, "user_1@x", "alice", "available", "", NINE.plusSeconds(4860), null));
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void agentFiguresSplitIntervalsAtSlotBoundaries(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            HistoryWriter writer = new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT);
            writer.write(new HistoryBatch(PROJECT, morning().calls(), Map.of(), agentDay(), List.of()));
            HistoryReports reports = new HistoryReports(store.db(), SLOTS);

            List<AgentFigures> quarters = reports.agents(new AgentReportQuery(PROJECT, DAY, DAY, ReportInterval.MIN15,
                    List.of("alice")));
            assertThat(quarters.get(0).interval()).isEqualTo(OffsetDateTime.parse("2026-02-10T09:00+01:00"));
            assertThat(quarters.get(0).availableS()).isEqualTo(600.0);
            assertThat(quarters.get(0).talkingS()).isEqualTo(300.0);
            assertThat(quarters.get(0).loggedS()).isEqualTo(900.0);
            assertThat(quarters.get(0).handled()).isEqualTo(1);
            assertThat(quarters.get(1).talkingS()).isEqualTo(300.0);
            assertThat(quarters.get(1).wrapUpS()).isEqualTo(60.0);
            assertThat(quarters.get(1).pauseByReason()).containsEntry("lunch", 540.0);

            List<AgentFigures> day = reports.agents(new AgentReportQuery(PROJECT, DAY, DAY,
                    ReportInterval.DAY, List.of()));
            assertThat(day).hasSize(2).extracting(AgentFigures::agent).containsExactly("alice", "bob");
            AgentFigures alice = day.get(0);
            assertThat(alice.loggedS()).isEqualTo(4860.0); // the open interval counts nowhere yet
            assertThat(alice.availableS()).isEqualTo(600.0);
            assertThat(alice.talkingS()).isEqualTo(600.0);
            assertThat(alice.wrapUpS()).isEqualTo(60.0);
            assertThat(alice.pauseS()).isEqualTo(3600.0);
            assertThat(alice.pauseByReason()).isEqualTo(Map.of("lunch", 3600.0));
            assertThat(alice.handled()).isEqualTo(1);
            assertThat(alice.ahtS()).isEqualTo(105.0);
            assertThat(alice.occupancy()).isEqualTo(0.5238); // 660 / (660 + 600)
            AgentFigures bob = day.get(1);
            assertThat(bob.handled()).isEqualTo(1);
            assertThat(bob.loggedS()).isZero(); // no intervals of bob's were written

            // closing the open interval later adds it
            writer.write(new HistoryBatch(PROJECT, List.of(), Map.of(), List.of(new AgentInterval(PROJECT, "user_1@x",
                    "alice", "available", "", NINE.plusSeconds(4860), NINE.plusSeconds(5460))), List.of()));
            AgentFigures after = reports.agents(new AgentReportQuery(PROJECT, DAY, DAY, ReportInterval.DAY,
                    List.of("alice"))).get(0);
            assertThat(after.availableS()).isEqualTo(1200.0);
            assertThat(after.loggedS()).isEqualTo(5460.0);
        }
    }

    /**
     * The writer inserts the intervals it does not find stored and upserts the others: a batch holding both (the
     * open interval closed, the next one new, the first one again) stores each once, with its latest end.
     */
    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aBatchOfStoredAndNewIntervalsStoresEachOnce(HistoryEngine engine) throws SQLException {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            HistoryWriter writer = new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT);
            writer.write(new HistoryBatch(PROJECT, List.of(), Map.of(), agentDay(), List.of()));
            List<AgentInterval> next = List.of(
                    new AgentInterval(PROJECT, "user_1@x", "alice", "available", "", NINE.plusSeconds(4860),
                            NINE.plusSeconds(5460)),
                    new AgentInterval(PROJECT, "user_1@x", "alice", "talking", "", NINE.plusSeconds(5460),
                            NINE.plusSeconds(5700)),
                    agentDay().get(0));
            writer.write(new HistoryBatch(PROJECT, List.of(), Map.of(), next, List.of()));
            List<String> stored = dump(store.db()).stream().filter(row -> row.startsWith("agent_intervals|")).toList();
            assertThat(stored).hasSize(6);
            AgentFigures alice = new HistoryReports(store.db(), SLOTS).agents(new AgentReportQuery(PROJECT, DAY, DAY,
                    ReportInterval.DAY, List.of("alice"))).get(0);
            assertThat(alice.availableS()).isEqualTo(1200.0);
            assertThat(alice.talkingS()).isEqualTo(840.0);
            assertThat(alice.loggedS()).isEqualTo(5700.0);
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void callSearchFiltersAndPages(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT).write(morning());
            CallRecords records = new CallRecords(store.db(), SLOTS);

            assertThat(ids(records.search(search("0611*", null, null, null, null, 0, 10))))
                    .containsExactly("c1", "c4");
            assertThat(ids(records.search(search("0611111111", null, null, null, null, 0, 10)))).containsExactly("c1");
            assertThat(ids(records.search(search(null, "bob", null, null, null, 0, 10)))).containsExactly("c2");
            assertThat(ids(records.search(search(null, null, "SALES", "abandoned", null, 0, 10))))
                    .containsExactly("c3", "c4");
            assertThat(ids(records.search(search(null, null, null, null, Duration.ofSeconds(30), 0, 10))))
                    .containsExactly("c2", "c4");
            CallPage first = records.search(search(null, null, null, null, null, 0, 2));
            assertThat(ids(first)).containsExactly("c1", "c2");
            assertThat(first.more()).isTrue();
            CallPage last = records.search(search(null, null, null, null, null, 2, 2));
            assertThat(ids(last)).containsExactly("c5");
            assertThat(last.more()).isFalse();
            StoredCall open = last.calls().get(0);
            assertThat(open.open()).isTrue();
            assertThat(open.disposition()).isNull();
            assertThat(open.end()).isNull();
            assertThat(records.search(search("%*", null, null, null, null, 0, 10)).calls()).isEmpty();
            assertThat(records.call(PROJECT, "c2")).get().isEqualTo(morning().calls().get(1));
        }
    }

    static CallSearch search(String caller, String agent, String queue, String disposition, Duration minWait,
                             int page, int size) {
        return new CallSearch(PROJECT, DAY, DAY, caller, null, agent, queue, disposition, minWait, page, size);
    }

    static List<String> ids(CallPage page) {
        return page.calls().stream().map(StoredCall::sessionId).toList();
    }

    static List<SessionEvent> events() {
        OffsetDateTime t = OffsetDateTime.parse("2026-02-10T09:00:00.123456+01:00");
        return List.of(new SessionEvent(77, t, "sip:0611111111", "ivr", "ringing", "call_start", ""),
                new SessionEvent(78, t.plusNanos(1_000), "ivr", "SALES", "queued", "enqueue", "é\n\"quoted\""));
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void consoleRowsKeepTheirMicrosecondsAndOrder(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT).write(
                    new HistoryBatch(PROJECT, List.of(), Map.of("c1", events()), List.of(), List.of()));
            List<SessionEvent> back = new CallRecords(store.db(), SLOTS).events(PROJECT, "c1");
            assertThat(back).hasSize(2);
            assertThat(back.get(0).date()).isEqualTo(OffsetDateTime.parse("2026-02-10T09:00:00.123456+01:00"));
            assertThat(back.get(1).date()).isEqualTo(OffsetDateTime.parse("2026-02-10T09:00:00.123457+01:00"));
            assertThat(back.get(1).data()).isEqualTo("é\n\"quoted\"");
            assertThat(back).extracting(SessionEvent::objectId).containsExactly(0, 1);
            assertThat(new CallRecords(store.db(), SLOTS).events(PROJECT, "nope")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void retentionDeletesOnlyWhatIsOlderThanItKeeps(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            HistoryWriter writer = new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT);
            writer.write(morning());
            Instant older = NINE.minus(Duration.ofDays(3));
            writer.write(calls(Calls.answered("old", older, 0, "SALES", 1, "alice", 10, "06")));
            java.time.Clock clock = java.time.Clock.fixed(NINE.plus(Duration.ofDays(2)), PARIS);
            Retention retention = new Retention(store.db(), SLOTS, java.time.Period.ofDays(4), clock);
            assertThat(retention.firstKept(PROJECT)).isEqualTo(LocalDate.of(2026, 2, 8));
            assertThat(retention.purge()).isPositive();
            CallRecords records = new CallRecords(store.db(), SLOTS);
            assertThat(records.call(PROJECT, "old")).isEmpty();
            assertThat(records.call(PROJECT, "c1")).isPresent();
            assertThat(new HistoryReports(store.db(), SLOTS).queues(new QueueReportQuery(PROJECT, DAY.minusDays(3),
                    DAY, ReportInterval.DAY, List.of(), null))).hasSize(1);
            assertThat(store.db().diskBytes()).isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void badQueriesAreRefusedWithAReason(HistoryEngine engine) {
        assertThatThrownBy(() -> new QueueReportQuery(PROJECT, DAY, DAY.minusDays(1),
                ReportInterval.DAY, List.of(), null))
                .hasMessageContaining("before");
        assertThatThrownBy(() -> search(null, null, null, null, null, 0, 0)).hasMessageContaining("page size");
        assertThatThrownBy(() -> ReportInterval.fromWire("minute")).hasMessageContaining("15m");
        assertThatThrownBy(() -> DispositionText.check("lost")).hasMessageContaining("abandoned");
        // the stored texts stay what they were before the model's type replaced the store's own
        assertThat(java.util.Arrays.stream(CallDisposition.values()).map(DispositionText::of))
                .containsExactlyInAnyOrder("answered", "abandoned", "abandoned_ivr", "overflowed", "transferred");
        assertThat(DispositionText.of(null)).isEqualTo("open");
        assertThat(DispositionText.parse("abandoned")).isEqualTo(CallDisposition.ABANDONED_QUEUE);
        assertThat(engine).isNotNull();
    }

    /** Every row of every table, as text, in a stable order. */
    static List<String> dump(HistoryDatabase db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            for (String table : List.of("calls", "call_tasks", "call_events", "agent_sessions", "agent_intervals",
                    "agent_slices", "queue_slots", "queue_days", "agent_slots", "agent_days", "agent_call_slots",
                    "agent_call_days", "queue_months", "agent_months", "agent_call_months")) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= n; i++) {
                            row.append('|').append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        rows.sort(null);
        return rows;
    }
}
