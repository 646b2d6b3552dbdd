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
import java.util.Optional;
import java.util.TreeMap;

/**
 * The interval reports, read from the roll-up rows: 15-minute rows for intervals shorter than a day, day rows for
 * a day or a week, and for a month the month rows of the whole months in the range with day rows for the partial
 * months at its edges; added up per interval here (sums and maxima add up exactly; averages are computed last).
 */
public final class HistoryReports {

    private static final String QUEUE_COLUMNS = "queue, offered, answered, abandoned, short_abandoned, in_target, "
            + "target_s, wait_sum_ms, wait_max_ms, answer_wait_sum_ms, talk_sum_ms, handle_sum_ms, transferred, "
            + "overflowed";

    private final HistoryDatabase db;
    private final ProjectSlots slots;
    /** false: month reports from day rows only (what the month rows are compared with in tests and the bench). */
    private final boolean monthRows;

    public HistoryReports(HistoryDatabase db, Slots slots) {
        this(db, ProjectSlots.all(slots));
    }

    /** Each project's intervals cut and labelled in its own zone, its days counted from its own day start. */
    public HistoryReports(HistoryDatabase db, ProjectSlots slots) {
        this(db, slots, true);
    }

    HistoryReports(HistoryDatabase db, ProjectSlots slots, boolean monthRows) {
        this.db = db;
        this.slots = slots;
        this.monthRows = monthRows;
    }

    public List<QueueFigures> queues(QueueReportQuery q) {
        Map<Bucket, QueueTotals> totals = new TreeMap<>();
        try (Connection c = db.connection()) {
            for (Source s : sources(q.project(), q.interval(), q.from(), q.to(), "queue_slots", "queue_days",
                    "queue_months")) {
                read(c, s, q.interval(), QUEUE_COLUMNS, q.project(), "queue", q.queues(), (start, rs) -> {
                    String queue = q.groupAs() != null ? q.groupAs() : rs.getString(2);
                    totals.computeIfAbsent(new Bucket(start, queue), k -> new QueueTotals()).add(rs);
                });
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
            ps.setString(1, project);
            ps.setLong(2, Slots.dayNumber(from));
            ps.setLong(3, Slots.dayNumber(to.plusDays(1)));
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
        Map<Bucket, AgentTotals> totals = new TreeMap<>();
        try (Connection c = db.connection()) {
            for (Source s : sources(q.project(), q.interval(), q.from(), q.to(), "agent_slots", "agent_days",
                    "agent_months")) {
                read(c, s, q.interval(), "agent, status, reason, ms", q.project(), "agent", q.agents(), (start, rs) ->
                        agentTotals(totals, start, rs).addState(rs.getString(3), rs.getString(4), rs.getLong(5)));
            }
            for (Source s : sources(q.project(), q.interval(), q.from(), q.to(), "agent_call_slots",
                    "agent_call_days", "agent_call_months")) {
                read(c, s, q.interval(), "agent, handled, handle_sum_ms", q.project(), "agent",
                        q.agents(), (start, rs) ->
                        agentTotals(totals, start, rs).addCalls(rs.getInt(3), rs.getLong(4)));
            }
        } catch (SQLException e) {
            throw new HistoryException("agent report failed: " + e.getMessage(), e);
        }
        List<AgentFigures> rows = new ArrayList<>(totals.size());
        totals.forEach((b, t) -> rows.add(t.figures(b.start(), b.name())));
        return rows;
    }

    private static AgentTotals agentTotals(Map<Bucket, AgentTotals> totals, OffsetDateTime start, ResultSet rs)
            throws SQLException {
        return totals.computeIfAbsent(new Bucket(start, rs.getString(2)), k -> new AgentTotals());
    }

    /** How fine a roll-up table's rows are: its time column holds a slot, a day (yyyymmdd) or a month (yyyymm). */
    private enum Grain { SLOT, DAY, MONTH }

    /** One roll-up table a report reads: its rows with {@code lo <= time < hi}. */
    private record Source(String table, Grain grain, long lo, long hi) {
        String time() {
            return switch (grain) {
                case SLOT -> "slot";
                case DAY -> "local_day";
                case MONTH -> "local_month";
            };
        }
    }

    /** The tables and time ranges that hold {@code from} to {@code to} (inclusive) at {@code interval}. */
    private List<Source> sources(String project, ReportInterval interval, LocalDate from, LocalDate to,
                                 String slotTable, String dayTable, String monthTable) {
        LocalDate after = to.plusDays(1);
        if (!interval.fromDays()) {
            Slots grid = slots.of(project);
            return List.of(new Source(slotTable, Grain.SLOT, grid.startOf(from).getEpochSecond(),
                    grid.startOf(after).getEpochSecond()));
        }
        Optional<WholeMonths> whole = interval == ReportInterval.MONTH && monthRows
                ? WholeMonths.within(from, to) : Optional.empty();
        if (whole.isEmpty()) {
            return List.of(days(dayTable, from, after));
        }
        WholeMonths months = whole.get();
        List<Source> sources = new ArrayList<>(3);
        if (from.isBefore(months.first())) {
            sources.add(days(dayTable, from, months.first()));
        }
        sources.add(new Source(monthTable, Grain.MONTH, months.firstMonth(), months.endMonth()));
        if (months.end().isBefore(after)) {
            sources.add(days(dayTable, months.end(), after));
        }
        return sources;
    }

    private static Source days(String table, LocalDate from, LocalDate end) {
        return new Source(table, Grain.DAY, Slots.dayNumber(from), Slots.dayNumber(end));
    }

    /** One report row's handler: the start of the interval it falls in, and the row (time first, then columns). */
    @FunctionalInterface
    private interface RowHandler {
        void accept(OffsetDateTime start, ResultSet rs) throws SQLException;
    }

    private void read(Connection c, Source s, ReportInterval interval, String columns, String project,
                      String nameColumn, List<String> names, RowHandler handler) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + s.time() + ", " + columns + " FROM " + s.table()
                + " WHERE project = ? AND " + s.time() + " >= ? AND " + s.time() + " < ?");
        inList(sql, nameColumn, names);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setString(1, project);
            ps.setLong(2, s.lo());
            ps.setLong(3, s.hi());
            int i = 4;
            for (String name : names) {
                ps.setString(i++, name);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.accept(bucket(project, interval, s.grain(), rs.getLong(1)).toOffsetDateTime(), rs);
                }
            }
        }
    }

    private ZonedDateTime bucket(String project, ReportInterval interval, Grain grain, long time) {
        Slots grid = slots.of(project);
        return switch (grain) {
            case SLOT -> interval.bucketOf(Instant.ofEpochSecond(time).atZone(grid.zone()));
            case DAY -> interval.bucketOf(Slots.dayDate((int) time), grid);
            case MONTH -> interval.bucketOf(Slots.dayDate((int) time * 100 + 1), grid);
        };
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
            // the live model's QueueFigures.serviceLevel(): short abandons and overflows are left out
            int base = answered + abandoned;
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
