package io.cccpexplorer.history;

import static io.cccpexplorer.history.Calls.PROJECT;
import static io.cccpexplorer.history.HistoryStoreTest.DAY;
import static io.cccpexplorer.history.HistoryStoreTest.NINE;
import static io.cccpexplorer.history.HistoryStoreTest.SLOTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A call's stored wrap-up is its agents' after-call work about it (their wrap-up intervals naming the call), as the
 * live figures count it, whichever of the call and the intervals is written first; the queue tasks' post-contact
 * time only where no interval names the call. On both engines.
 */
class CallWrapUpTest {

    /** Answered at 09:00:10 by alice, 100 s of talk: ends 09:01:50 (5 s of post-contact on its queue task). */
    private static final StoredCall C1 = Calls.answered("c1", NINE, 0, "SALES", 10, "alice", 100, "0611111111");
    private static final Instant HUNG_UP = NINE.plusSeconds(110);

    @TempDir
    Path dir;

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
            assertThat(wrapUpOf(store, "c1")).as("a call and its wrap-up in one batch").isEqualTo(Duration.ofSeconds(10));
            // reported again with a later end (the model re-opened it): the store keeps the last
            writer.write(batch(List.of(), List.of(wrapUp("c1", HUNG_UP, 40))));

            assertThat(wrapUpOf(store, "c1")).isEqualTo(Duration.ofSeconds(40));
            assertThat(wrapUpOf(store, "c2")).as("no wrap-up interval names it: its post-contact")
                    .isEqualTo(Duration.ofSeconds(5));
            assertThat(aht(store)).isEqualTo((100 + 40 + 200 + 5) / 2.0);
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

    private static Double agentAht(TestStores.Store store) {
        return new HistoryReports(store.db(), SLOTS).agents(new AgentReportQuery(PROJECT, DAY, DAY,
                ReportInterval.DAY, List.of("alice"))).get(0).ahtS();
    }
}
