package io.cccpexplorer.history;

import io.cccpexplorer.client.model.CallDirection;
import io.cccpexplorer.client.model.SessionEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import io.cccpexplorer.client.model.QueueTaskOutcome;

/** Reads stored calls: search across days, one call, and a call's console rows. */
public final class CallRecords {

    private static final String COLUMNS = "project, session_id, direction, caller, called, ivr_entry, queue, queues, "
            + "agent, agents, start_ms, queued_ms, answered_ms, end_ms, disposition, wait_ms, talk_ms, hold_ms, "
            + "wrap_up_ms";

    private final HistoryDatabase db;
    private final ProjectSlots slots;

    public CallRecords(HistoryDatabase db, Slots slots) {
        this(db, ProjectSlots.all(slots));
    }

    /** Days and dates of each project in its own zone and day start. */
    public CallRecords(HistoryDatabase db, ProjectSlots slots) {
        this.db = db;
        this.slots = slots;
    }

    public CallPage search(CallSearch s) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM calls WHERE project = ? AND start_ms >= ? "
                + "AND start_ms < ?");
        List<Object> args = new ArrayList<>(List.of(s.project(), slots.of(s.project()).startOf(s.from())
                .toEpochMilli(), slots.of(s.project()).startOf(s.to().plusDays(1)).toEpochMilli()));
        number(sql, args, "caller", s.caller());
        number(sql, args, "called", s.called());
        member(sql, args, "agent", "agents", s.agent());
        member(sql, args, "queue", "queues", s.queue());
        if (s.disposition() != null) {
            sql.append(" AND disposition = ?");
            args.add(s.disposition());
        }
        if (s.minWait() != null && !s.minWait().isZero()) {
            sql.append(" AND wait_ms >= ?");
            args.add(s.minWait().toMillis());
        }
        sql.append(" ORDER BY start_ms, session_id LIMIT ? OFFSET ?");
        args.add(s.pageSize() + 1);
        args.add((long) s.page() * s.pageSize());
        List<StoredCall> calls = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    calls.add(call(rs));
                }
            }
            calls = withTasks(c, calls);
        } catch (SQLException e) {
            throw new HistoryException("call search failed: " + e.getMessage(), e);
        }
        boolean more = calls.size() > s.pageSize();
        return new CallPage(s.page(), s.pageSize(), more ? calls.subList(0, s.pageSize()) : calls, more);
    }

    /**
     * The agents who answered a call in one of {@code queues} (full names: a passage of the call through it, as the
     * queue figures count it) between {@code from} and {@code to} (inclusive), sorted: a team's agents over that
     * time, as the store knows them (it keeps no queue membership).
     */
    public List<String> agentsOf(String project, LocalDate from, LocalDate to, List<String> queues) {
        if (queues.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT DISTINCT agent FROM call_tasks WHERE project = ? AND queued_ms >= ? AND queued_ms < ? "
                + "AND agent <> '' AND queue IN (" + String.join(", ", Collections.nCopies(queues.size(), "?"))
                + ") ORDER BY agent";
        List<String> agents = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, project);
            ps.setLong(2, slots.of(project).startOf(from).toEpochMilli());
            ps.setLong(3, slots.of(project).startOf(to.plusDays(1)).toEpochMilli());
            for (int i = 0; i < queues.size(); i++) {
                ps.setString(4 + i, queues.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    agents.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new HistoryException("reading the agents of " + queues + " failed: " + e.getMessage(), e);
        }
        return agents;
    }

    public Optional<StoredCall> call(String project, String sessionId) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                     + " FROM calls WHERE project = ? AND session_id = ?")) {
            ps.setString(1, project);
            ps.setString(2, sessionId);
            StoredCall found;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                found = call(rs);
            }
            return Optional.of(withTasks(c, List.of(found)).get(0));
        } catch (SQLException e) {
            throw new HistoryException("reading call " + sessionId + " failed: " + e.getMessage(), e);
        }
    }

    /** The session's console rows in order (object id = position); empty when none were stored. */
    public List<SessionEvent> events(String project, String sessionId) {
        List<SessionEvent> events = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT seq, at_us, ev_source, "
                + "ev_target, ev_state, ev_name, ev_data FROM call_events WHERE project = ? AND session_id = ? ORDER "
                + "BY seq")) {
            ps.setString(1, project);
            ps.setString(2, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long us = rs.getLong(2);
                    OffsetDateTime date = us == 0 ? null : Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L),
                            Math.floorMod(us, 1_000_000L) * 1_000L).atZone(slots.of(project).zone()).toOffsetDateTime();
                    events.add(new SessionEvent(rs.getInt(1), date, rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new HistoryException("reading the events of " + sessionId + " failed: " + e.getMessage(), e);
        }
        return events;
    }

    private static void number(StringBuilder sql, List<Object> args, String column, String filter) {
        if (filter == null || filter.isEmpty()) {
            return;
        }
        if (filter.endsWith("*")) {
            sql.append(" AND ").append(column).append(" LIKE ? ESCAPE '!'");
            args.add(likeEscape(filter.substring(0, filter.length() - 1)) + "%");
        } else {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(filter);
        }
    }

    private static void member(StringBuilder sql, List<Object> args, String last, String all, String filter) {
        if (filter == null || filter.isEmpty()) {
            return;
        }
        sql.append(" AND (").append(last).append(" = ? OR CONCAT(',', ").append(all)
                .append(", ',') LIKE ? ESCAPE '!')");
        args.add(filter);
        args.add("%," + likeEscape(filter) + ",%");
    }

    private static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** The calls with their queue tasks, as written (one seek per call). */
    private static List<StoredCall> withTasks(Connection c, List<StoredCall> calls) throws SQLException {
        List<StoredCall> out = new ArrayList<>(calls.size());
        try (PreparedStatement ps = c.prepareStatement("SELECT queue, queued_ms, answered_ms, ended_ms, outcome, "
                + "wait_ms, talk_ms, agent, transferred, handles_call FROM call_tasks WHERE project = ? "
                + "AND session_id = ? "
                + "ORDER BY seq")) {
            for (StoredCall call : calls) {
                ps.setString(1, call.project());
                ps.setString(2, call.sessionId());
                List<StoredTask> tasks = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tasks.add(new StoredTask(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)), instant(rs, 3),
                                instant(rs, 4), QueueTaskOutcome.valueOf(rs.getString(5).toUpperCase(Locale.ROOT)),
                                Duration.ofMillis(rs.getLong(6)), Duration.ofMillis(rs.getLong(7)), rs.getString(8),
                                rs.getInt(9) == 1, rs.getInt(10) == 1));
                    }
                }
                out.add(call.withTasks(tasks));
            }
        }
        return out;
    }

    private static StoredCall call(ResultSet rs) throws SQLException {
        return new StoredCall(rs.getString(1), rs.getString(2),
                CallDirection.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), list(rs.getString(8)), rs.getString(9), list(rs.getString(10)),
                Instant.ofEpochMilli(rs.getLong(11)), instant(rs, 12), instant(rs, 13), instant(rs, 14),
                DispositionText.parse(rs.getString(15)), Duration.ofMillis(rs.getLong(16)),
                Duration.ofMillis(rs.getLong(17)), duration(rs, 18), duration(rs, 19), List.of());   // see withTasks
    }

    private static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
    }

    private static Duration duration(ResultSet rs, int column) throws SQLException {
        long ms = rs.getLong(column);
        return rs.wasNull() ? null : Duration.ofMillis(ms);
    }

}
