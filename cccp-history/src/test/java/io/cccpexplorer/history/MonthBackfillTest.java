package io.cccpexplorer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A store written before the month roll-ups existed (schema version 1, day rows only) gets its month rows when it
 * is opened: the migration adds them up from the day rows, on both engines.
 */
class MonthBackfillTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void openingAStoreWrittenBeforeTheMonthRowsFillsThemFromItsDays(HistoryEngine engine) throws SQLException {
        try (TestStores.Old old = TestStores.migratedTo(engine, dir, "1")) {
            try (Connection c = old.connection()) {
                insert(c, "agent_days", "P", 20260130, "alice", "available", "", 1000);
                insert(c, "agent_days", "P", 20260131, "alice", "available", "", 2000);
                insert(c, "agent_days", "P", 20260131, "alice", "pause", "lunch", 500);
                insert(c, "agent_days", "P", 20260201, "alice", "available", "", 4000);
                insert(c, "agent_days", "Q", 20260131, "alice", "available", "", 8000);
                insert(c, "agent_call_days", "P", 20260130, "alice", 2, 100, 150);
                insert(c, "agent_call_days", "P", 20260131, "alice", 3, 200, 250);
                insert(c, "agent_call_days", "P", 20260201, "alice", 1, 50, 60);
                insert(c, "queue_days", "P", 20260130, "SALES", 10, 8, 1, 1, 6, 20, 1000, 40, 800, 5000, 6000, 1, 0);
                insert(c, "queue_days", "P", 20260131, "SALES", 5, 4, 1, 0, 3, 30, 500, 90, 300, 2000, 2500, 0, 1);
            }
            try (HistoryDatabase db = old.open()) {
                assertThat(rows(db, "SELECT project, local_month, agent, status, reason, ms FROM agent_months "
                        + "ORDER BY project, local_month, status")).containsExactly(
                        "P|202601|alice|available||3000", "P|202601|alice|pause|lunch|500",
                        "P|202602|alice|available||4000", "Q|202601|alice|available||8000");
                assertThat(rows(db, "SELECT project, local_month, agent, handled, talk_sum_ms, handle_sum_ms "
                        + "FROM agent_call_months ORDER BY local_month")).containsExactly(
                        "P|202601|alice|5|300|400", "P|202602|alice|1|50|60");
                // sums, and the maxima of the target and the longest wait
                assertThat(rows(db, "SELECT * FROM queue_months")).containsExactly(
                        "P|202601|SALES|15|12|2|1|9|30|1500|90|1100|7000|8500|1|1");
            }
        }
    }

    static void insert(Connection c, String table, Object... values) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(values.length, "?"));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    static List<String> rows(HistoryDatabase db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
