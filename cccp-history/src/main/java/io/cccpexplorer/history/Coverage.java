package io.cccpexplorer.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the store covers of each project's time: the spans the live recorder ran ({@code recorded_spans}, one row
 * per run and node, its end moved forward while it runs) and the spans nobody recorded ({@code history_gaps}). A
 * recorder that starts finds the last recorded moment here; what lies between is filled from the logs or kept as
 * a gap that reports over it mention.
 */
public final class Coverage {

    private final HistoryDatabase db;
    private final Clock clock;
    private final String spanUpsert;
    private final String gapUpsert;

    public Coverage(HistoryDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.spanUpsert = db.engine().upsert("recorded_spans", List.of("project", "node", "from_ms"), List.of("to_ms"));
        this.gapUpsert = db.engine().upsert("history_gaps", List.of("project", "from_ms"),
                List.of("to_ms", "state", "reason", "updated_ms"));
    }

    /** The latest moment a recorder of {@code project} (any node) had covered, empty when none ever ran. */
    public Optional<Instant> lastRecorded(String project) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT MAX(to_ms) FROM recorded_spans WHERE project = ?")) {
            ps.setString(1, project);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long ms = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(ms));
            }
        } catch (SQLException e) {
            throw new HistoryException("reading the recorded spans of " + project + " failed: " + e.getMessage(), e);
        }
    }

    /** Records that {@code node}'s run of {@code project} begun at {@code from} has covered up to {@code to}. */
    public void recorded(String project, String node, Instant from, Instant to) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(spanUpsert)) {
            ps.setString(1, project);
            ps.setString(2, node);
            ps.setLong(3, from.toEpochMilli());
            ps.setLong(4, to.toEpochMilli());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new HistoryException("writing the recorded span of " + project + " failed: " + e.getMessage(), e);
        }
    }

    /** Stores a gap, or its new state (same project and start). */
    public void gap(HistoryGap gap) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(gapUpsert)) {
            ps.setString(1, gap.project());
            ps.setLong(2, gap.from().toEpochMilli());
            ps.setLong(3, gap.to().toEpochMilli());
            ps.setString(4, gap.state().wire());
            String reason = gap.reason();
            ps.setString(5, reason.length() > 512 ? reason.substring(0, 509) + "..." : reason);
            ps.setLong(6, clock.millis());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new HistoryException("writing a gap of " + gap.project() + " failed: " + e.getMessage(), e);
        }
    }

    /** {@code project}'s gaps not filled that overlap [{@code from}, {@code to}), oldest first. */
    public List<HistoryGap> missing(String project, Instant from, Instant to) {
        return read("SELECT project, from_ms, to_ms, state, reason FROM history_gaps WHERE project = ? AND state <> ? "
                + "AND from_ms < ? AND to_ms > ? ORDER BY from_ms", ps -> {
            ps.setString(1, project);
            ps.setString(2, HistoryGap.State.FILLED.wire());
            ps.setLong(3, to.toEpochMilli());
            ps.setLong(4, from.toEpochMilli());
        });
    }

    /** Every gap not filled, of every project, oldest first. */
    public List<HistoryGap> missing() {
        return read("SELECT project, from_ms, to_ms, state, reason FROM history_gaps WHERE state <> ? "
                + "ORDER BY project, from_ms", ps -> ps.setString(1, HistoryGap.State.FILLED.wire()));
    }

    /** Every gap of {@code project}, filled or not, oldest first. */
    public List<HistoryGap> all(String project) {
        return read("SELECT project, from_ms, to_ms, state, reason FROM history_gaps WHERE project = ? "
                + "ORDER BY from_ms", ps -> ps.setString(1, project));
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<HistoryGap> read(String sql, Binder binder) {
        List<HistoryGap> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HistoryGap(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                            Instant.ofEpochMilli(rs.getLong(3)),
                            HistoryGap.State.valueOf(rs.getString(4).toUpperCase(java.util.Locale.ROOT)),
                            rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new HistoryException("reading the history's gaps failed: " + e.getMessage(), e);
        }
        return out;
    }
}
