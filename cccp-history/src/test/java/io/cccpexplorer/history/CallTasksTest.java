package io.cccpexplorer.history;

import static io.cccpexplorer.history.Calls.PROJECT;
import static io.cccpexplorer.history.HistoryStoreTest.NINE;
import static io.cccpexplorer.history.HistoryStoreTest.PARIS;
import static io.cccpexplorer.history.HistoryStoreTest.SLOTS;
import static io.cccpexplorer.history.HistoryStoreTest.calls;
import static io.cccpexplorer.history.MonthBackfillTest.insert;
import static io.cccpexplorer.history.MonthBackfillTest.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.client.model.CallDirection;
import io.cccpexplorer.client.model.QueueTask;
import io.cccpexplorer.client.model.QueueTaskState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A queue's report counts the calls that passed through it, each passage as the live model's queue task counts it
 * ({@code QueueTask.outcome}): a call overflowed from SALES to SUPPORT is an overflow in SALES and an answer in
 * SUPPORT, its wait there the wait in SUPPORT. Before, the call counted in SUPPORT alone, with its whole wait.
 */
class CallTasksTest {

    static final OffsetDateTime T = NINE.atZone(PARIS).toOffsetDateTime();

    @TempDir
    Path dir;

    /** Waited 40 s in SALES, which overflowed it to SUPPORT; answered there after 10 s, talked 120 s, 10 s wrap-up. */
    static Call overflowedThenAnswered() {
        QueueTask sales = new QueueTask("c1", "t1", "SALES", QueueTaskState.ENDED, T, null, null, T.plusSeconds(40),
                null, null, "overflow");
        QueueTask support = new QueueTask("c1", "t2", "SUPPORT", QueueTaskState.ENDED, T.plusSeconds(40),
                T.plusSeconds(50), T.plusSeconds(170), T.plusSeconds(180), "user_1@x", "alice", "managed");
        return Call.of(7, "c1", CallDirection.INCOMING, "0611111111", "0800", T.minusSeconds(10), null,
                T.plusSeconds(170), List.of(sales, support));
    }

    static Map<String, QueueFigures> byQueue(HistoryDatabase db) {
        return new HistoryReports(db, SLOTS).queues(HistoryStoreTest.queueQuery(ReportInterval.DAY)).stream()
                .collect(Collectors.toMap(QueueFigures::queue, Function.identity()));
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aCallOverflowedFromOneQueueToAnotherCountsInBothAsLive(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            StoredCall call = ModelRecords.call(PROJECT, overflowedThenAnswered());
            assertThat(call.tasks()).extracting(StoredTask::queue, StoredTask::outcome, StoredTask::handlesCall)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("SALES",
                                    io.cccpexplorer.client.model.QueueTaskOutcome.OVERFLOWED, false),
                            org.assertj.core.groups.Tuple.tuple("SUPPORT",
                                    io.cccpexplorer.client.model.QueueTaskOutcome.ANSWERED, true));
            new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT).write(calls(call));

            Map<String, QueueFigures> q = byQueue(store.db());
            QueueFigures sales = q.get("SALES");
            assertThat(sales.offered()).isEqualTo(1);
            assertThat(sales.overflowed()).isEqualTo(1);
            assertThat(sales.answered()).isZero();
            assertThat(sales.serviceLevel()).as("an overflow is left out").isNull();
            assertThat(sales.maxWaitS()).isEqualTo(40.0);
            QueueFigures support = q.get("SUPPORT");
            assertThat(support.offered()).isEqualTo(1);
            assertThat(support.answered()).isEqualTo(1);
            assertThat(support.asaS()).as("its wait in SUPPORT, not the call's 50 s").isEqualTo(10.0);
            assertThat(support.serviceLevel()).isEqualTo(1.0);
            assertThat(support.ahtS()).as("talk and the call's wrap-up, with its answered task").isEqualTo(130.0);
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aCorrectedCallLeavesTheQueueCountsOfItsFirstReport(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            HistoryWriter writer = new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT);
            // first reported before its SUPPORT task's row arrived: the caller seemed to give up in SALES
            QueueTask salesOnly = new QueueTask("c1", "t1", "SALES", QueueTaskState.ENDED, T, null, null,
                    T.plusSeconds(40), null, null, null);
            writer.write(calls(ModelRecords.call(PROJECT, Call.of(7, "c1", CallDirection.INCOMING, "0611111111",
                    "0800", T.minusSeconds(10), null, T.plusSeconds(170), List.of(salesOnly)))));
            assertThat(byQueue(store.db()).get("SALES").abandoned()).isEqualTo(1);

            writer.write(calls(ModelRecords.call(PROJECT, overflowedThenAnswered())));
            Map<String, QueueFigures> q = byQueue(store.db());
            assertThat(q.get("SALES").abandoned()).isZero();
            assertThat(q.get("SALES").overflowed()).isEqualTo(1);
            assertThat(q.get("SALES").offered()).isEqualTo(1);
            assertThat(q.get("SUPPORT").answered()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aCallTransferredByTheAgentOfOneQueueToAnotherIsTransferredInTheFirst(HistoryEngine engine) {
        QueueTask sales = new QueueTask("c1", "t1", "SALES", QueueTaskState.ENDED, T, T.plusSeconds(5),
                T.plusSeconds(65), T.plusSeconds(65), "user_1@x", "alice", "transferred");
        QueueTask support = new QueueTask("c1", "t2", "SUPPORT", QueueTaskState.ENDED, T.plusSeconds(65),
                T.plusSeconds(80), T.plusSeconds(200), T.plusSeconds(210), "user_2@x", "bob", "managed");
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT).write(calls(ModelRecords.call(PROJECT,
                    Call.of(7, "c1", CallDirection.INCOMING, "0611111111", "0800", T.minusSeconds(10), null,
                            T.plusSeconds(200), List.of(sales, support)))));
            Map<String, QueueFigures> q = byQueue(store.db());
            assertThat(q.get("SALES").answered()).isEqualTo(1);
            assertThat(q.get("SALES").transferred()).isEqualTo(1);
            assertThat(q.get("SALES").avgTalkS()).isEqualTo(60.0);
            assertThat(q.get("SUPPORT").answered()).isEqualTo(1);
            assertThat(q.get("SUPPORT").transferred()).isZero();
            assertThat(q.get("SUPPORT").asaS()).isEqualTo(15.0);
            // each agent handled the call, as the live AgentDayFigures count it (before: bob alone, the last)
            Map<String, Integer> handled = new HistoryReports(store.db(), SLOTS).agents(new AgentReportQuery(PROJECT,
                    HistoryStoreTest.DAY, HistoryStoreTest.DAY, ReportInterval.DAY, List.of())).stream()
                    .collect(Collectors.toMap(AgentFigures::agent, AgentFigures::handled));
            assertThat(handled).containsEntry("alice", 1).containsEntry("bob", 1);
        }
    }

    /** A store written before the tasks were kept (schema version 6): each queued call becomes its one task. */
    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aStoreWrittenBeforeCountsEachCallInItsLastQueueAsBefore(HistoryEngine engine) throws SQLException {
        StoredCall answered = Calls.answered("c1", NINE, 0, "SALES", 10, "alice", 100, "0611111111");
        StoredCall abandoned = Calls.abandoned("c2", NINE, 60, "SALES", 30, "0622222222");
        try (TestStores.Old old = TestStores.migratedTo(engine, dir, "6")) {
            try (Connection c = old.connection()) {
                insertCall(c, answered, "answered");
                insertCall(c, abandoned, "abandoned");
            }
            try (HistoryDatabase db = old.open()) {
                assertThat(rows(db, "SELECT session_id, seq, queue, outcome, wait_ms, agent, handles_call "
                        + "FROM call_tasks ORDER BY session_id")).containsExactly(
                        "c1|0|SALES|answered|10000|alice|1", "c2|0|SALES|abandoned|30000||1");
                // a new call in the same slot recomputes it from the tasks: the two stored before still count
                new HistoryWriter(db, SLOTS, ServiceTargets.DEFAULT).write(calls(
                        Calls.answered("c3", NINE, 120, "SALES", 5, "bob", 60, "0633333333")));
                QueueFigures sales = byQueue(db).get("SALES");
                assertThat(sales.offered()).isEqualTo(3);
                assertThat(sales.answered()).isEqualTo(2);
                assertThat(sales.abandoned()).isEqualTo(1);
            }
        }
    }

    /** The row schema version 6 held for {@code call}. */
    private static void insertCall(Connection c, StoredCall call, String disposition) throws SQLException {
        insert(c, "calls", PROJECT, call.sessionId(), "incoming", call.caller(), call.called(), call.ivrEntry(),
                call.queue(), call.queue(), call.agent(), call.agent(), call.start().toEpochMilli(),
                call.queued().toEpochMilli(), call.answered() == null ? null : call.answered().toEpochMilli(),
                call.end().toEpochMilli(), disposition, call.waited().toMillis(), call.talk().toMillis(), null,
                call.wrapUp() == null ? null : call.wrapUp().toMillis(), Slots.slotOf(call.countedAt()),
                SLOTS.dayOf(call.countedAt()), call.wrapUp() == null ? null : call.wrapUp().toMillis());
    }
}
