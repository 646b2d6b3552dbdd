package io.cccpexplorer.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Which days of a project were imported from the logs in full: an interrupted import starts again at the first missing
 * day.
 */
public final class ImportLog {

    private final HistoryDatabase db;
    private final Clock clock;
    private final String upsert;

    public ImportLog(HistoryDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.upsert = db.engine().upsert("imported_days", List.of("project", "local_day"),
                List.of("records", "calls", "finished_ms"));
    }

    public boolean done(String project, LocalDate day) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM imported_days WHERE project = ? AND local_day = ?")) {
            ps.setString(1, project);
            ps.setInt(2, Slots.dayNumber(day));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new HistoryException("reading the import log failed: " + e.getMessage(), e);
        }
    }

    public void finished(String project, LocalDate day, long records, int calls) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(upsert)) {
            ps.setString(1, project);
            ps.setInt(2, Slots.dayNumber(day));
            ps.setLong(3, records);
            ps.setInt(4, calls);
            ps.setLong(5, clock.millis());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new HistoryException("writing the import log failed: " + e.getMessage(), e);
        }
    }
}
