package io.cccpexplorer.history;

import static io.cccpexplorer.history.Calls.PROJECT;
import static io.cccpexplorer.history.HistoryStoreTest.NINE;
import static io.cccpexplorer.history.HistoryStoreTest.PARIS;
import static io.cccpexplorer.history.HistoryStoreTest.SLOTS;
import static io.cccpexplorer.history.HistoryStoreTest.calls;
import static io.cccpexplorer.history.HistoryStoreTest.dump;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A call written again with another start (a late row corrected it): its first start's roll-up cells (slot, day,
 * month of its queue and agent) no longer count it and the new ones do, so the store holds what a fresh store given
 * only the final row holds. On both engines, rolled up per batch and pending (the import's way).
 */
class CallStartMovedTest {

    /** Queued 09:00 Paris (slot 09:00), answered by alice. */
    private static final StoredCall FIRST = Calls.answered("c1", NINE, 0, "SALES", 10, "alice", 100, "0611111111");
    /** c2, the same day, untouched by the rewrite: its cells must stay as they are. */
    private static final StoredCall OTHER = Calls.answered("c2", NINE, 60, "SALES", 30, "bob", 200, "0622222222");
    /** 31 January 23:50 Paris: another slot, day and month. */
    private static final Instant JANUARY = LocalDateTime.of(2026, 1, 31, 23, 50).atZone(PARIS).toInstant();

    @TempDir
    Path dir;
    @TempDir
    Path freshDir;

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aStartMovedToAnotherSlotOfTheDayIsCountedThereOnly(HistoryEngine engine) throws SQLException {
        StoredCall moved = Calls.answered("c1", NINE, 1_200, "SALES", 10, "alice", 100, "0611111111");
        assertThat(Slots.slotOf(moved.countedAt())).isNotEqualTo(Slots.slotOf(FIRST.countedAt()));
        assertRewriteEqualsFresh(engine, moved, false);
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aStartMovedToAnotherDayAndMonthIsCountedThereOnly(HistoryEngine engine) throws SQLException {
        assertRewriteEqualsFresh(engine, Calls.answered("c1", JANUARY, 0, "SALES", 10, "alice", 100, "0611111111"),
                false);
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aStartMovedToAnotherDayWithTheRollUpsPendingIsCountedThereOnly(HistoryEngine engine) throws SQLException {
        assertRewriteEqualsFresh(engine, Calls.answered("c1", JANUARY, 0, "SALES", 10, "alice", 100, "0611111111"),
                true);
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aStartMovedLaterIntoAnotherDayIsCountedThereOnly(HistoryEngine engine) throws SQLException {
        Instant nextDay = NINE.plusSeconds(86_400);
        assertRewriteEqualsFresh(engine, Calls.answered("c1", nextDay, 0, "SALES", 10, "alice", 100, "0611111111"),
                false);
    }

    private void assertRewriteEqualsFresh(HistoryEngine engine, StoredCall moved, boolean pendingRollUps)
            throws SQLException {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            HistoryWriter writer = writer(store);
            writer.write(calls(FIRST, OTHER));
            if (pendingRollUps) {
                PendingRollups pending = new PendingRollups(PROJECT);
                writer.write(calls(moved), pending);
                writer.rollUp(pending);
            } else {
                writer.write(calls(moved));
            }

            List<String> rows = dump(store.db());
            assertThat(rows).anyMatch(row -> row.startsWith("queue_slots|"))
                    .anyMatch(row -> row.startsWith("agent_call_months|"));
            assertThat(rows).isEqualTo(TestStores.rowsWrittenAlone(engine, freshDir, calls(moved, OTHER)));
        }
    }

    private static HistoryWriter writer(TestStores.Store store) {
        return new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT);
    }
}
