package io.cccpexplorer.history;

import static io.cccpexplorer.history.Calls.PROJECT;
import static io.cccpexplorer.history.HistoryStoreTest.DAY;
import static io.cccpexplorer.history.HistoryStoreTest.NINE;
import static io.cccpexplorer.history.HistoryStoreTest.SLOTS;
import static io.cccpexplorer.history.HistoryStoreTest.dump;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A call's stored wrap-up is its agents' after-call work about it (their wrap-up intervals naming the call), as the
 * live figures count it, whichever of the call and the intervals is written first; the queue tasks' post-contact
 * time only where no interval names the call. An interval written again with another call or status leaves the call
 * it named: the store then holds what a fresh store given only the final rows holds. On both engines.
 */
class CallWrapUpTest {

    /** Answered at 09:00:10 by alice, 100 s of talk: ends 09:01:50 (5 s of post-contact on its queue task). */
    private static final StoredCall C1 = Calls.answered("c1", NINE, 0, "SALES", 10, "alice", 100, "0611111111");
    private static final Instant HUNG_UP = NINE.plusSeconds(110);
    /** Queued at 09:05 in SUPPORT, answered at 09:05:20 by alice, 200 s of talk (5 s of post-contact). */
    private static final StoredCall C2 = Calls.answered("c2", NINE, 300, "SUPPORT", 20, "alice", 200, "0622222222");

    @TempDir
    Path dir;
    /** The store written with the final rows only, for the comparison. */
    @TempDir
    Path freshDir;

    private static AgentInterval wrapUp(String call, Instant start, long seconds) {
        return new AgentInterval(PROJECT, "user_1@x", "alice", AgentInterval.WRAP_UP, "", start,
                start.plusSeconds(seconds), call);
    }

    private static HistoryBatch batch(List<StoredCall> calls, List<AgentInterval> intervals) {
        return new HistoryBatch(PROJECT, calls, Map.of(), intervals, List.of());
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void theAgentsWrapUpWrittenAfterTheCallBecomesItsWrapUpAndCountsInTheAht(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            HistoryWriter writer = writer(store);
            writer.write(batch(List.of(C1), List.of()));
            assertThat(wrapUpOf(store, "c1")).as("the queue task's post-contact").isEqualTo(Duration.ofSeconds(5));
            assertThat(aht(store)).isEqualTo(105.0);

            // the wrap-up closed in two steps (the task's post-contact phase, then the agent's wrap-up state)
            writer.write(batch(List.of(), List.of(wrapUp("c1", HUNG_UP, 1), wrapUp("c1", HUNG_UP.plusSeconds(1), 29))));

            assertThat(wrapUpOf(store, "c1")).isEqualTo(Duration.ofSeconds(30));
            assertThat(aht(store)).isEqualTo(130.0);
            assertThat(agentAht(store)).isEqualTo(130.0);
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aWrapUpWrittenBeforeItsCallCountsWhenTheCallComes(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            HistoryWriter writer = writer(store);
            // a transferred call goes on after its first agent's wrap-up
            writer.write(batch(List.of(), List.of(wrapUp("c1", HUNG_UP, 20))));
            writer.write(batch(List.of(C1), List.of()));

            assertThat(wrapUpOf(store, "c1")).isEqualTo(Duration.ofSeconds(20));
            assertThat(aht(store)).isEqualTo(120.0);
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aWrapUpInItsCallsBatchOrClosedAgainLaterCountsAndOtherCallsAreLeftAlone(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            HistoryWriter writer = writer(store);
            StoredCall c2 = Calls.answered("c2", NINE, 60, "SALES", 30, "bob", 200, "0622222222");
            writer.write(batch(List.of(C1, c2), List.of(wrapUp("c1", HUNG_UP, 10),
                    new AgentInterval(PROJECT, "user_1@x", "alice", "talking", "", NINE.plusSeconds(10), HUNG_UP,
                            "c2"))));
            assertThat(wrapUpOf(store, "c1")).as("a call and its wrap-up in one batch")
                    .isEqualTo(Duration.ofSeconds(10));
            // reported again with a later end (the model re-opened it): the store keeps the last
            writer.write(batch(List.of(), List.of(wrapUp("c1", HUNG_UP, 40))));

            assertThat(wrapUpOf(store, "c1")).isEqualTo(Duration.ofSeconds(40));
            assertThat(wrapUpOf(store, "c2")).as("no wrap-up interval names it: its post-contact")
                    .isEqualTo(Duration.ofSeconds(5));
            assertThat(aht(store)).isEqualTo((100 + 40 + 200 + 5) / 2.0);
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aWrapUpRewrittenWithAnotherCallLeavesTheCallItNamedBefore(HistoryEngine engine) throws SQLException {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            HistoryWriter writer = writer(store);
            writer.write(batch(List.of(C1, C2), List.of(wrapUp("c1", HUNG_UP, 30))));
            assertThat(wrapUpOf(store, "c1")).isEqualTo(Duration.ofSeconds(30));

            // the model re-attributed the interval: same agent session and start, another call
            writer.write(batch(List.of(), List.of(wrapUp("c2", HUNG_UP, 30))));

            assertThat(wrapUpOf(store, "c1")).as("no interval names it any more: its queue task's post-contact")
                    .isEqualTo(Duration.ofSeconds(5));
            assertThat(wrapUpOf(store, "c2")).isEqualTo(Duration.ofSeconds(30));
            assertThat(ahtByQueue(store)).containsExactlyInAnyOrderEntriesOf(Map.of("SALES", 105.0, "SUPPORT", 230.0));
            assertThat(agentAht(store)).isEqualTo((105 + 230) / 2.0);
            assertThat(dump(store.db())).isEqualTo(TestStores.rowsWrittenAlone(engine, freshDir, batch(List.of(C1, C2),
                    List.of(wrapUp("c2", HUNG_UP, 30)))));
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aWrapUpRewrittenAsAnotherStatusLeavesItsCall(HistoryEngine engine) throws SQLException {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            HistoryWriter writer = writer(store);
            writer.write(batch(List.of(C1), List.of(wrapUp("c1", HUNG_UP, 30))));

            AgentInterval available = new AgentInterval(PROJECT, "user_1@x", "alice", "available", "", HUNG_UP,
                    HUNG_UP.plusSeconds(30));
            writer.write(batch(List.of(), List.of(available)));

            assertThat(wrapUpOf(store, "c1")).isEqualTo(Duration.ofSeconds(5));
            assertThat(aht(store)).isEqualTo(105.0);
            assertThat(dump(store.db())).isEqualTo(TestStores.rowsWrittenAlone(engine, freshDir,
                    batch(List.of(C1), List.of(available))));
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aWrapUpWrittenAgainOpenCountsNoMore(HistoryEngine engine) throws SQLException {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            HistoryWriter writer = writer(store);
            writer.write(batch(List.of(C1), List.of(wrapUp("c1", HUNG_UP, 30))));

            AgentInterval reopened = new AgentInterval(PROJECT, "user_1@x", "alice", AgentInterval.WRAP_UP, "", HUNG_UP,
                    null, "c1");
            writer.write(batch(List.of(), List.of(reopened)));

            assertThat(wrapUpOf(store, "c1")).as("an open interval counts in no figure")
                    .isEqualTo(Duration.ofSeconds(5));
            assertThat(dump(store.db())).isEqualTo(TestStores.rowsWrittenAlone(engine, freshDir,
                    batch(List.of(C1), List.of(reopened))));
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aWrapUpReattributedInTheNewCallsBatchLeavesTheFirstCallItsOtherWrapUp(HistoryEngine engine)
            throws SQLException {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            HistoryWriter writer = writer(store);
            // the log import's way: roll-ups pending over the batches, then once
            PendingRollups pending = new PendingRollups(PROJECT);
            AgentInterval first = wrapUp("c1", HUNG_UP, 1);
            writer.write(batch(List.of(C1), List.of(first, wrapUp("c1", HUNG_UP.plusSeconds(1), 29))), pending);
            writer.write(batch(List.of(C2), List.of(wrapUp("c2", HUNG_UP.plusSeconds(1), 29))), pending);
            writer.rollUp(pending);

            assertThat(wrapUpOf(store, "c1")).as("its other interval").isEqualTo(Duration.ofSeconds(1));
            assertThat(wrapUpOf(store, "c2")).isEqualTo(Duration.ofSeconds(29));
            assertThat(ahtByQueue(store)).containsExactlyInAnyOrderEntriesOf(Map.of("SALES", 101.0, "SUPPORT", 229.0));
            assertThat(dump(store.db())).isEqualTo(TestStores.rowsWrittenAlone(engine, freshDir, batch(List.of(C1, C2),
                    List.of(first, wrapUp("c2", HUNG_UP.plusSeconds(1), 29)))));
        }
    }

    private static HistoryWriter writer(TestStores.Store store) {
        return new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT);
    }

    private static Duration wrapUpOf(TestStores.Store store, String call) {
        CallPage page = new CallRecords(store.db(), SLOTS).search(new CallSearch(PROJECT, DAY, DAY, null, null, null,
                null, null, null, 0, 10));
        return page.calls().stream().filter(c -> c.sessionId().equals(call)).findFirst().orElseThrow().wrapUp();
    }

    private static Double aht(TestStores.Store store) {
        return new HistoryReports(store.db(), SLOTS).queues(HistoryStoreTest.queueQuery(ReportInterval.DAY)).get(0)
                .ahtS();
    }

    private static Map<String, Double> ahtByQueue(TestStores.Store store) {
        return new HistoryReports(store.db(), SLOTS).queues(HistoryStoreTest.queueQuery(ReportInterval.DAY)).stream()
                .collect(Collectors.toMap(QueueFigures::queue, QueueFigures::ahtS));
    }

    private static Double agentAht(TestStores.Store store) {
        return new HistoryReports(store.db(), SLOTS).agents(new AgentReportQuery(PROJECT, DAY, DAY,
                ReportInterval.DAY, List.of("alice"))).get(0).ahtS();
    }
}
