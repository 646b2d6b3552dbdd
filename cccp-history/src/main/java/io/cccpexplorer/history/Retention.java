package io.cccpexplorer.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Deletes what is older than the retention (default 400 days); run once a day. Each project is purged on its own
 * business days (its zone and day start, {@link ProjectSlots}): with one zone for all, a project twelve hours away
 * lost or kept half a day more than its retention, and its first kept day's roll-ups were cut in the middle.
 */
public final class Retention {

    public static final Period DEFAULT = Period.ofDays(400);

    /** Every table with a project column: the projects a purge visits are the ones that have rows. */
    private static final List<String> TABLES = List.of("calls", "call_tasks", "call_events", "agent_intervals",
            "agent_slices", "agent_sessions", "queue_slots", "agent_slots", "agent_call_slots", "queue_days",
            "agent_days", "agent_call_days", "queue_months", "agent_months", "agent_call_months", "imported_days",
            "recorded_spans", "history_gaps");

    private final HistoryDatabase db;
    private final ProjectSlots slots;
    private final Period keep;
    private final Clock clock;

    public Retention(HistoryDatabase db, ProjectSlots slots, Period keep, Clock clock) {
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("retention must be at least one day");
        }
        this.db = db;
        this.slots = slots;
        this.keep = keep;
        this.clock = clock;
    }

    /** Every project on one grid (a store opened on its own: tests, tools). */
    public Retention(HistoryDatabase db, Slots slots, Period keep, Clock clock) {
        this(db, ProjectSlots.all(slots), keep, clock);
    }

    public Period keep() {
        return keep;
    }

    /** The first business day of {@code project} kept: today there, minus the retention. */
    public LocalDate firstKept(String project) {
        Slots s = slots.of(project);
        return s.businessDay(clock.instant()).minus(keep);
    }

    /** Deletes every project's rows before its {@link #firstKept(String)}; returns the rows deleted. */
    public long purge() {
        long deleted = 0;
        for (String project : projects()) {
            deleted += purge(project);
        }
        return deleted;
    }

    /** The projects that have rows in any table. */
    public List<String> projects() {
        TreeSet<String> projects = new TreeSet<>();
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT DISTINCT project FROM " + table)) {
                    while (rs.next()) {
                        projects.add(rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new HistoryException("history purge: listing the projects failed: " + e.getMessage(), e);
        }
        return new ArrayList<>(projects);
    }

    /** Deletes {@code project}'s rows before its first kept business day; returns the rows deleted. */
    public long purge(String project) {
        LocalDate first = firstKept(project);
        long ms = slots.of(project).startOf(first).toEpochMilli();
        int day = Slots.dayNumber(first);
        Object[][] deletes = {
                {"DELETE FROM calls WHERE project = ? AND start_ms < ?", ms},
                {"DELETE FROM call_events WHERE project = ? AND at_us < ?", ms * 1000},
                {"DELETE FROM call_tasks WHERE project = ? AND queued_ms < ?", ms},
                {"DELETE FROM agent_intervals WHERE project = ? AND start_ms < ? AND end_ms IS NOT NULL", ms},
                {"DELETE FROM agent_slices WHERE project = ? AND slot < ?", ms / 1000},
                {"DELETE FROM agent_sessions WHERE project = ? AND login_ms < ? AND logout_ms IS NOT NULL", ms},
                {"DELETE FROM queue_slots WHERE project = ? AND slot < ?", ms / 1000},
                {"DELETE FROM agent_slots WHERE project = ? AND slot < ?", ms / 1000},
                {"DELETE FROM agent_call_slots WHERE project = ? AND slot < ?", ms / 1000},
                {"DELETE FROM queue_days WHERE project = ? AND local_day < ?", (long) day},
                {"DELETE FROM agent_days WHERE project = ? AND local_day < ?", (long) day},
                {"DELETE FROM agent_call_days WHERE project = ? AND local_day < ?", (long) day},
                {"DELETE FROM imported_days WHERE project = ? AND local_day < ?", (long) day},
                {"DELETE FROM recorded_spans WHERE project = ? AND to_ms < ?", ms},
                {"DELETE FROM history_gaps WHERE project = ? AND to_ms < ?", ms},
        };
        long deleted = 0;
        try (Connection c = db.connection()) {
            for (Object[] d : deletes) {
                try (PreparedStatement ps = c.prepareStatement((String) d[0])) {
                    ps.setString(1, project);
                    ps.setLong(2, (Long) d[1]);
                    deleted += ps.executeUpdate();
                }
            }
            // the month rows stay the sums of the day rows left
            deleted += MonthRollups.purge(c, project, day);
        } catch (SQLException e) {
            throw new HistoryException("history purge of " + project + " failed: " + e.getMessage(), e);
        }
        return deleted;
    }
}
