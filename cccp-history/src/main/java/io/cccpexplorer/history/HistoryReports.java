package io.cccpexplorer.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The interval reports, read from the roll-up rows: 15-minute rows for intervals shorter than a day, day rows for
 * a day or longer, added up per interval here (sums and maxima add up exactly; averages are computed last).
 */
public final class HistoryReports {

    private final HistoryDatabase db;
    private final ProjectSlots slots;

    public HistoryReports(HistoryDatabase db, Slots slots) {
        this(db, ProjectSlots.all(slots));
    }

    /** Each project's intervals cut and labelled in its own zone, its days counted from its own day start. */
    public HistoryReports(HistoryDatabase db, ProjectSlots slots) {
        this.db = db;
        this.slots = slots;
    }

    public List<QueueFigures> queues(QueueReportQuery q) {
        String table = q.interval().fromDays() ? "queue_days" : "queue_slots";
        String time = q.interval().fromDays() ? "local_day" : "slot";
        StringBuilder sql = new StringBuilder("SELECT " + time + ", queue, offered, answered, abandoned, "
                + "short_abandoned, in_target, target_s, wait_sum_ms, wait_max_ms, answer_wait_sum_ms, talk_sum_ms, "
                + "handle_sum_ms, transferred, overflowed FROM " + table + " WHERE project = ? AND " + time
                + " >= ? AND " + time + " < ?");
        inList(sql, "queue", q.queues());
        Map<Bucket, QueueTotals> totals = new TreeMap<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = bindRange(ps, q.project(), q.from(), q.to(), q.interval());
            for (String queue : q.queues()) {
                ps.setString(i++, queue);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ZonedDateTime start = bucket(q.project(), q.interval(), rs.getLong(1));
                    String queue = q.groupAs() != null ? q.groupAs() : rs.getString(2);
                    totals.computeIfAbsent(new Bucket(start.toOffsetDateTime(), queue), k -> new QueueTotals()).add(rs);
                }
            }
        } catch (SQLException e) {
            throw new HistoryException("queue report failed: " + e.getMessage(), e);
        }
        List<QueueFigures> rows = new ArrayList<>(totals.size());
        totals.forEach((b, t) -> rows.add(t.figures(b.start(), b.name())));
        return rows;
    }

    /**
     * The full names of the queues with figures between {@code from} and {@code to} (inclusive), sorted: what a
     * queue name as the page shows it is matched against (the day roll-ups are small: queues × days).
     */
    public List<String> queueNames(String project, LocalDate from, LocalDate to) {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT DISTINCT queue FROM "
                + "queue_days WHERE project = ? AND local_day >= ? AND local_day < ? ORDER BY queue")) {
            bindRange(ps, project, from, to, ReportInterval.DAY);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new HistoryException("reading the queue names failed: " + e.getMessage(), e);
        }
        return names;
    }

    public List<AgentFigures> agents(AgentReportQuery q) {
        boolean days = q.interval().fromDays();
        String time = days ? "local_day" : "slot";
        Map<Bucket, AgentTotals> totals = new TreeMap<>();
        StringBuilder states = new StringBuilder("SELECT " + time + ", agent, status, reason, ms FROM "
                + (days ? "agent_days" : "agent_slots") + " WHERE project = ? AND " + time + " >= ? AND " + time + " < ?");
        inList(states, "agent", q.agents());
        StringBuilder calls = new StringBuilder("SELECT " + time + ", agent, handled, handle_sum_ms FROM "
                + (days ? "agent_call_days" : "agent_call_slots") + " WHERE project = ? AND " + time + " >= ? AND "
                + time + " < ?");
        inList(calls, "agent", q.agents());
        try (Connection c = db.connection()) {
            try (PreparedStatement ps = c.prepareStatement(states.toString())) {
                bindAgents(ps, q);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        agentTotals(totals, q.project(), q.interval(), rs).addState(rs.getString(3), rs.getString(4), rs.getLong(5));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(calls.toString())) {
                bindAgents(ps, q);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        agentTotals(totals, q.project(), q.interval(), rs).addCalls(rs.getInt(3), rs.getLong(4));
                    }
                }
            }
        } catch (SQLException e) {
            throw new HistoryException("agent report failed: " + e.getMessage(), e);
        }
        List<AgentFigures> rows = new ArrayList<>(totals.size());
        totals.forEach((b, t) -> rows.add(t.figures(b.start(), b.name())));
        return rows;
    }

    private AgentTotals agentTotals(Map<Bucket, AgentTotals> totals, String project, ReportInterval interval,
                                    ResultSet rs) throws SQLException {
        ZonedDateTime start = bucket(project, interval, rs.getLong(1));
        return totals.computeIfAbsent(new Bucket(start.toOffsetDateTime(), rs.getString(2)), k -> new AgentTotals());
    }

    private void bindAgents(PreparedStatement ps, AgentReportQuery q) throws SQLException {
        int i = bindRange(ps, q.project(), q.from(), q.to(), q.interval());
        for (String agent : q.agents()) {
            ps.setString(i++, agent);
        }
    }

    /** Binds project and the time range; returns the next parameter index. */
    private int bindRange(PreparedStatement ps, String project, LocalDate from, LocalDate to, ReportInterval interval)
            throws SQLException {
        ps.setString(1, project);
        if (interval.fromDays()) {
            ps.setLong(2, Slots.dayNumber(from));
            ps.setLong(3, Slots.dayNumber(to.plusDays(1)));
        } else {
            ps.setLong(2, slots.of(project).startOf(from).getEpochSecond());
            ps.setLong(3, slots.of(project).startOf(to.plusDays(1)).getEpochSecond());
        }
        return 4;
    }

    private ZonedDateTime bucket(String project, ReportInterval interval, long time) {
        Slots grid = slots.of(project);
        if (interval.fromDays()) {
            return interval.bucketOf(Slots.dayDate((int) time), grid);
        }
        return interval.bucketOf(Instant.ofEpochSecond(time).atZone(grid.zone()));
    }

    private static void inList(StringBuilder sql, String column, List<String> values) {
        if (!values.isEmpty()) {
            sql.append(" AND ").append(column).append(" IN (")
                    .append(String.join(", ", Collections.nCopies(values.size(), "?"))).append(')');
        }
    }

    private record Bucket(OffsetDateTime start, String name) implements Comparable<Bucket> {
        @Override
        public int compareTo(Bucket o) {
            int c = start.toInstant().compareTo(o.start.toInstant());
            return c != 0 ? c : name.compareTo(o.name);
        }
    }

    static Double seconds(long ms, long count) {
        return count == 0 ? null : Math.round(ms / (double) count / 100.0) / 10.0;
    }

    private static final class QueueTotals {
        int offered;
        int answered;
        int abandoned;
        int shortAbandoned;
        int inTarget;
        int targetS;
        long waitSum;
        long waitMax;
        long answerWaitSum;
        long talkSum;
        long handleSum;
        int transferred;
        int overflowed;

        void add(ResultSet rs) throws SQLException {
            offered += rs.getInt(3);
            answered += rs.getInt(4);
            abandoned += rs.getInt(5);
            shortAbandoned += rs.getInt(6);
            inTarget += rs.getInt(7);
            targetS = Math.max(targetS, rs.getInt(8));
            waitSum += rs.getLong(9);
            waitMax = Math.max(waitMax, rs.getLong(10));
            answerWaitSum += rs.getLong(11);
            talkSum += rs.getLong(12);
            handleSum += rs.getLong(13);
            transferred += rs.getInt(14);
            overflowed += rs.getInt(15);
        }

        QueueFigures figures(OffsetDateTime start, String queue) {
            int base = offered - shortAbandoned;
            Double sl = base <= 0 ? null : Math.round(inTarget * 10_000.0 / base) / 10_000.0;
            return new QueueFigures(start, queue, offered, answered, abandoned, shortAbandoned, sl, targetS,
                    seconds(waitSum, offered), offered == 0 ? null : Math.round(waitMax / 100.0) / 10.0,
                    seconds(answerWaitSum, answered), seconds(talkSum, answered), seconds(handleSum, answered),
                    transferred, overflowed);
        }
    }

    private static final class AgentTotals {
        long logged;
        long available;
        long talking;
        long ringing;
        long wrapUp;
        long pause;
        final Map<String, Long> pauseByReason = new TreeMap<>();
        int handled;
        long handleSum;

        void addState(String status, String reason, long ms) {
            if (!status.equals("logged_out")) {
                logged += ms;
            }
            switch (status) {
                case "available" -> available += ms;
                case "talking", "on_hold" -> talking += ms;
                case "ringing" -> ringing += ms;
                case "wrap_up" -> wrapUp += ms;
                case "pause" -> {
                    pause += ms;
                    pauseByReason.merge(reason, ms, Long::sum);
                }
                default -> {
                    // supervising and other statuses count in the logged time only
                }
            }
        }

        void addCalls(int count, long handle) {
            handled += count;
            handleSum += handle;
        }

        AgentFigures figures(OffsetDateTime start, String agent) {
            Map<String, Double> reasons = new TreeMap<>();
            pauseByReason.forEach((r, ms) -> reasons.put(r, s(ms)));
            long busy = ringing + talking + wrapUp;
            Double occupancy = busy + available == 0 ? null
                    : Math.round(busy * 10_000.0 / (busy + available)) / 10_000.0;
            return new AgentFigures(start, agent, s(logged), s(available), s(talking), s(ringing), s(wrapUp), s(pause),
                    reasons, handled, seconds(handleSum, handled), occupancy);
        }

        private static double s(long ms) {
            return Math.round(ms / 100.0) / 10.0;
        }
    }
}
