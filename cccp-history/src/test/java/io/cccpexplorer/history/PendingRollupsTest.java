package io.cccpexplorer.history;

import static io.cccpexplorer.history.Calls.PROJECT;
import static io.cccpexplorer.history.HistoryStoreTest.NINE;
import static io.cccpexplorer.history.HistoryStoreTest.SLOTS;
import static io.cccpexplorer.history.HistoryStoreTest.dump;
import static io.cccpexplorer.history.HistoryStoreTest.queueQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Batches written with their roll-ups left pending, then rolled up once (the log import's way), on both engines. */
class PendingRollupsTest {

    @TempDir
    Path eachBatch;
    @TempDir
    Path pendingDir;

    /** A morning in three batches: calls, then console rows and agent intervals, then more calls an hour later. */
    static List<HistoryBatch> morningInBatches() {
        HistoryBatch morning = HistoryStoreTest.morning();
        return List.of(
                new HistoryBatch(PROJECT, morning.calls().subList(0, 3), Map.of(), List.of(), List.of()),
                new HistoryBatch(PROJECT, morning.calls().subList(3, 5), Map.of(), HistoryStoreTest.agentDay(),
                        List.of(new AgentSession(PROJECT, "user_1@x", "alice", "Alice", NINE, null))),
                HistoryStoreTest.calls(Calls.answered("c6", NINE, 3_600, "SUPPORT", 12, "bob", 300, "0677777777"),
                        Calls.abandoned("c7", NINE, 3_700, "SALES", 25, "0688888888")));
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void rollingUpOnceGivesTheRowsOfRollingUpEachBatch(HistoryEngine engine) throws SQLException {
        try (TestStores.Store each = TestStores.open(engine, eachBatch);
             TestStores.Store once = TestStores.open(engine, pendingDir)) {
            HistoryWriter eachWriter = new HistoryWriter(each.db(), SLOTS, ServiceTargets.DEFAULT);
            HistoryWriter onceWriter = new HistoryWriter(once.db(), SLOTS, ServiceTargets.DEFAULT);
            PendingRollups pending = new PendingRollups(PROJECT);
            for (HistoryBatch batch : morningInBatches()) {
                eachWriter.write(batch);
                onceWriter.write(batch, pending);
            }
            // the rows are stored, the reports do not count them yet
            assertThat(new HistoryReports(once.db(), SLOTS).queues(queueQuery(ReportInterval.DAY))).isEmpty();
            assertThat(pending.isEmpty()).isFalse();

            onceWriter.rollUp(pending);

            assertThat(pending.isEmpty()).isTrue();
            List<String> rows = dump(once.db());
            assertThat(rows).isEqualTo(dump(each.db()))
                    .anyMatch(row -> row.startsWith("queue_days|")).anyMatch(row -> row.startsWith("agent_days|"));
            // and again (a re-imported day): nothing changes
            for (HistoryBatch batch : morningInBatches()) {
                onceWriter.write(batch, pending);
            }
            onceWriter.rollUp(pending);
            assertThat(dump(once.db())).isEqualTo(rows);
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aCallRewrittenIntoAnotherQueueWithPendingRollupsLeavesTheFirstQueue(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, eachBatch)) {
            HistoryWriter writer = new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT);
            writer.write(HistoryStoreTest.calls(Calls.answered("c1", NINE, 0, "SALES", 10, "alice", 100, "06")));
            PendingRollups pending = new PendingRollups(PROJECT);
            writer.write(HistoryStoreTest.calls(Calls.answered("c1", NINE, 0, "SUPPORT", 10, "alice", 100, "06")),
                    pending);
            writer.rollUp(pending);
            assertThat(new HistoryReports(store.db(), SLOTS).queues(queueQuery(ReportInterval.DAY)))
                    .extracting(QueueFigures::queue).containsExactly("SUPPORT");
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aBatchOfAnotherProjectIsRefused(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, eachBatch)) {
            HistoryWriter writer = new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT);
            PendingRollups pending = new PendingRollups("OTHER");
            assertThatThrownBy(() -> writer.write(HistoryStoreTest.morning(), pending))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OTHER");
            assertThat(pending.isEmpty()).isTrue();
        }
    }
}
