package io.cccpexplorer.dashboard.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.simulator.server.ObjectAnswerDelay;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's rows do not depend on when the replay answers a new row's {@code query_object}: the same synthetic
 * day imported with prompt answers and with some rows' first values {@value #LATE} records late (the replay's
 * {@link ObjectAnswerDelay} seam; a busy machine answers late) gives the same tables, row by row.
 */
class LateRowsImportTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate DAY = LocalDate.of(2026, 2, 9);
    /** Commits (records that changed something) before a late row is answered: more than an agent's first steps. */
    static final int LATE = 500;

    @TempDir
    Path dir;

    /**
     * An agent's row answered late: without the import's wait after a record that adds a row (LogImport: {@code
     * applyUntilNewRow}, then {@code newRowsLoaded}), the model first sees the agent {@value #LATE} records after
     * its login and its first intervals are missing.
     */
    @Test
    void agentsLoggedInLateKeepTheirFirstIntervals() throws Exception {
        assertSameRows(o -> o.classDef().name().equals("ccenter_dispatch_db_user_session") ? LATE : 0);
    }

    /** A queue task's row answered late: the agent's ringing and talking it carries, and the call's queue. */
    @Test
    void queueTasksSeenLateGiveTheSameRows() throws Exception {
        assertSameRows(o -> o.classDef().name().equals("ccenter_dispatch_db_file_task") ? LATE : 0);
    }

    /** A call's row answered late: its values, and its agents' intervals. */
    @Test
    void callsSeenLateGiveTheSameRows() throws Exception {
        assertSameRows(o -> o.classDef().name().equals("ccenter_dispatch_db_call_session") ? LATE : 0);
    }

    private void assertSameRows(ObjectAnswerDelay delay) throws Exception {
        AtomicInteger lateRows = new AtomicInteger();
        ObjectAnswerDelay late = o -> {
            int commits = delay.commits(o);
            if (commits > 0) {
                lateRows.incrementAndGet();
            }
            return commits;
        };
        SyntheticLogDay logs = SyntheticLogDay.write(dir.resolve("Logger"), Instant.parse("2026-02-09T08:00:00Z"),
                Instant.parse("2026-02-09T08:20:00Z"), ZoneOffset.ofHours(1));
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (HistoryService prompt = HistoryService.open(HistorySettings.embedded(PARIS), dir.resolve("prompt"),
                Optional.empty(), Clock.systemUTC());
             HistoryService delayed = HistoryService.open(HistorySettings.embedded(PARIS), dir.resolve("late"),
                     Optional.empty(), Clock.systemUTC())) {
            LogImport.DayResult first = new LogImport(prompt, quiet).run("ACME", logs.root(), DAY, DAY, false).get(0);
            LogImport.DayResult second = new LogImport(delayed, quiet, late).run("ACME", logs.root(), DAY, DAY, false)
                    .get(0);
            assertThat(lateRows.get()).as("rows answered late").isGreaterThan(5);
            Map<String, List<String>> a = LiveEqualsImportTest.tables(prompt);
            Map<String, List<String>> b = LiveEqualsImportTest.tables(delayed);
            assertThat(a.get("calls")).hasSizeGreaterThan(10);
            assertThat(a.get("agent_intervals")).hasSizeGreaterThan(20);
            for (String table : a.keySet()) {
                assertThat(b.get(table)).as(table).containsExactlyElementsOf(a.get(table));
            }
            // a call the model reported again once its late task row arrived is one call of the day, not two
            assertThat(second.calls()).as("calls imported").isEqualTo(first.calls())
                    .isEqualTo(LiveEqualsImportTest.rows(delayed, "SELECT session_id FROM calls").size());
            // and not equally wrong: every agent session has an interval from its login on (the agents log in
            // at 08:00-08:01 and are available within seconds)
            assertThat(LiveEqualsImportTest.rows(delayed, "SELECT s.session_id, s.login_ms FROM agent_sessions s "
                    + "WHERE NOT EXISTS (SELECT 1 FROM agent_intervals i WHERE i.project = s.project AND "
                    + "i.session_id = s.session_id AND i.start_ms BETWEEN s.login_ms AND s.login_ms + 10000)"))
                    .as("agent sessions without an interval from their login").isEmpty();
        }
    }
}
