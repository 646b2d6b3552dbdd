package io.cccpexplorer.history;

import static io.cccpexplorer.history.Calls.PROJECT;
import static io.cccpexplorer.history.HistoryStoreTest.NINE;
import static io.cccpexplorer.history.HistoryStoreTest.SLOTS;
import static io.cccpexplorer.history.MonthBackfillTest.insert;
import static io.cccpexplorer.history.MonthBackfillTest.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A store written before the calls kept their queue tasks' own post-contact time (schema version 4): opening it
 * keeps the stored wrap-up as that time where no closed wrap-up interval names the call, and leaves it unknown
 * where one does (the tasks' time was overwritten), on both engines.
 */
class TaskWrapUpBackfillTest {

    private static final StoredCall C1 = Calls.answered("c1", NINE, 0, "SALES", 10, "alice", 100, "0611111111");
    private static final Instant HUNG_UP = C1.end();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void openingAStoreWrittenBeforeKeepsTheTasksTimeWhereNoIntervalReplacedIt(HistoryEngine engine)
            throws SQLException {
        try (TestStores.Old old = TestStores.migratedTo(engine, dir, "4")) {
            try (Connection c = old.connection()) {
                insertCall(c, "c1", 30_000);   // its agent's 30 s of wrap-up replaced the task's 5 s
                insertCall(c, "c2", 5_000);    // no interval names it
                insertCall(c, "c3", 5_000);    // only an open interval names it: it counted in no sum
                insert(c, "agent_intervals", PROJECT, "user_1@x", HUNG_UP.toEpochMilli(), "alice",
                        AgentInterval.WRAP_UP, "", HUNG_UP.plusSeconds(30).toEpochMilli(), "c1");
                insert(c, "agent_intervals", PROJECT, "user_2@x", HUNG_UP.toEpochMilli(), "bob",
                        AgentInterval.WRAP_UP, "", null, "c3");
            }
            try (HistoryDatabase db = old.open()) {
                assertThat(wrapUps(db)).containsExactly("c1|30000|null", "c2|5000|5000", "c3|5000|5000");

                // the interval leaves c1: its tasks' time is not known until the call is written again
                HistoryWriter writer = new HistoryWriter(db, SLOTS, ServiceTargets.DEFAULT);
                writer.write(new HistoryBatch(PROJECT, List.of(), Map.of(), List.of(new AgentInterval(PROJECT,
                        "user_1@x", "alice", "available", "", HUNG_UP, HUNG_UP.plusSeconds(30))), List.of()));
                assertThat(wrapUps(db)).startsWith("c1|null|null");
                writer.write(HistoryStoreTest.calls(C1));
                assertThat(wrapUps(db)).startsWith("c1|5000|5000");
            }
        }
    }

    /** C1's row as schema version 4 held it, under {@code id}, with {@code wrapUpMs}. */
    private static void insertCall(Connection c, String id, long wrapUpMs) throws SQLException {
        Instant counted = C1.countedAt();
        insert(c, "calls", PROJECT, id, "incoming", C1.caller(), C1.called(), C1.ivrEntry(), C1.queue(), C1.queue(),
                C1.agent(), C1.agent(), C1.start().toEpochMilli(), C1.queued().toEpochMilli(),
                C1.answered().toEpochMilli(), C1.end().toEpochMilli(), "answered", C1.waited().toMillis(),
                C1.talk().toMillis(), null, wrapUpMs, Slots.slotOf(counted), SLOTS.dayOf(counted));
    }

    private static List<String> wrapUps(HistoryDatabase db) throws SQLException {
        return rows(db, "SELECT session_id, wrap_up_ms, task_wrap_up_ms FROM calls ORDER BY session_id");
    }
}
