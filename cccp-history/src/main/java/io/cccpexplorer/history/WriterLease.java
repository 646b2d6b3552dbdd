package io.cccpexplorer.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;

/**
 * Which node writes a project when several share one store: a row per project naming its owner until an expiry
 * time. A node writes a project only while it holds the lease, renews it well before it expires, and takes it over
 * only once the owner let it expire (stopped or cut off). Two nodes therefore never write the same project at the
 * same time, provided their clocks agree to well within the lease length (NTP does; the default is 30 s).
 */
public final class WriterLease {

    public static final Duration DEFAULT_LENGTH = Duration.ofSeconds(30);

    private final HistoryDatabase db;
    private final String owner;
    private final Duration length;
    private final Clock clock;

    public WriterLease(HistoryDatabase db, String owner, Duration length, Clock clock) {
        this.db = db;
        this.owner = owner;
        this.length = length;
        this.clock = clock;
    }

    public String owner() {
        return owner;
    }

    /** Takes or renews the project's lease; true when this node holds it now (until now + length). */
    public boolean acquire(String project) {
        long now = clock.millis();
        try (Connection c = db.connection()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE writer_leases SET owner = ?, expires_ms = ? "
                    + "WHERE project = ? AND (owner = ? OR expires_ms < ?)")) {
                ps.setString(1, owner);
                ps.setLong(2, now + length.toMillis());
                ps.setString(3, project);
                ps.setString(4, owner);
                ps.setLong(5, now);
                if (ps.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO writer_leases (project, owner, expires_ms) VALUES (?, ?, ?)")) {
                ps.setString(1, project);
                ps.setString(2, owner);
                ps.setLong(3, now + length.toMillis());
                ps.executeUpdate();
                return true;
            } catch (SQLIntegrityConstraintViolationException e) {
                return false; // another node holds it
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false; // H2 reports the duplicate key as a plain SQLException with state 23505
            }
            throw new HistoryException("writer lease of " + project + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether another node holds {@code project}'s lease now (not expired): that node is recording the project, so
     * a node starting to watch it has no gap of its own to report.
     */
    public boolean heldByAnother(String project) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM writer_leases WHERE project = ? AND owner <> ? AND expires_ms >= ?")) {
            ps.setString(1, project);
            ps.setString(2, owner);
            ps.setLong(3, clock.millis());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new HistoryException("reading the writer lease of " + project + ": " + e.getMessage(), e);
        }
    }

    /** Gives the lease up at once (orderly stop), so another node can take over without waiting for the expiry. */
    public void release(String project) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM writer_leases WHERE project = ? AND owner = ?")) {
            ps.setString(1, project);
            ps.setString(2, owner);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new HistoryException("releasing the writer lease of " + project + ": " + e.getMessage(), e);
        }
    }
}
