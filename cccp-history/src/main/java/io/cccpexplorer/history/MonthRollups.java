package io.cccpexplorer.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The month roll-ups: each row the sum of its day rows over one calendar month of the project's business days.
 * {@code local_month} is yyyymm, the yyyymm of the days it adds up ({@code local_day / 100}), so a month follows
 * the project's zone and day start exactly as its days do, and its rows are recomputed from those day rows (delete
 * + insert-select, never incremented, as every other roll-up: idempotent) whenever a write recomputed one of its
 * days. Why: a per-agent month report over 30 days x 200 agents read 42,000 day rows; the month rows of a whole
 * month are agents x statuses (about 1,400).
 */
final class MonthRollups {

    /** A month table, the day table it adds up, its key columns after the month and how its figures add up. */
    enum Table {
        QUEUE("queue_months", "queue_days", "queue", "queue", "offered, answered, abandoned, short_abandoned, "
                + "in_target, target_s, wait_sum_ms, wait_max_ms, answer_wait_sum_ms, talk_sum_ms, handle_sum_ms, "
                + "transferred, overflowed", "SUM(offered), SUM(answered), SUM(abandoned), SUM(short_abandoned), "
                + "SUM(in_target), MAX(target_s), SUM(wait_sum_ms), MAX(wait_max_ms), SUM(answer_wait_sum_ms), "
                + "SUM(talk_sum_ms), SUM(handle_sum_ms), SUM(transferred), SUM(overflowed)"),
        AGENT("agent_months", "agent_days", "agent", "agent, status, reason", "ms", "SUM(ms)"),
        AGENT_CALL("agent_call_months", "agent_call_days", "agent", "agent", "handled, talk_sum_ms, handle_sum_ms",
                "SUM(handled), SUM(talk_sum_ms), SUM(handle_sum_ms)");

        final String months;
        final String days;
        /** The column the writer's recompute is restricted to (the queues or agents of a batch). */
        final String name;
        final String keys;
        final String figures;
        final String sums;

        Table(String months, String days, String name, String keys, String figures, String sums) {
            this.months = months;
            this.days = days;
            this.name = name;
            this.keys = keys;
            this.figures = figures;
            this.sums = sums;
        }

        /** Month rows from the day rows of one month ({@code local_day} strictly between the two bounds). */
        String insert(String filter) {
            return "INSERT INTO " + months + " (project, local_month, " + keys + ", " + figures + ") SELECT project, "
                    + "CAST(? AS DECIMAL(18,0)), " + keys + ", " + sums + " FROM " + days
                    + " WHERE local_day > ? AND local_day < ?"
                    + filter + " GROUP BY project, " + keys;
        }
    }

    private MonthRollups() {
    }

    /** The month (yyyymm) of a business day (yyyymmdd). */
    static int monthOf(int day) {
        return day / 100;
    }

    /**
     * Recomputes the month rows of {@code project}, restricted to {@code names}, of every month holding one of
     * {@code days}: to be run after those days' rows were recomputed, in the same transaction.
     */
    static void recompute(Connection c, String project, Table t, Set<Integer> days, List<String> names)
            throws SQLException {
        Set<Integer> months = new TreeSet<>();
        days.forEach(d -> months.add(monthOf(d)));
        String in = " AND " + t.name + " IN (" + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
        try (PreparedStatement d = c.prepareStatement("DELETE FROM " + t.months
                + " WHERE local_month = ? AND project = ?"
                + in);
             PreparedStatement i = c.prepareStatement(t.insert(" AND project = ?" + in))) {
            for (int month : months) {
                d.setInt(1, month);
                d.setString(2, project);
                bindNames(d, 3, names);
                d.addBatch();
                bindMonth(i, month);
                i.setString(4, project);
                bindNames(i, 5, names);
                i.addBatch();
            }
            d.executeBatch();
            i.executeBatch();
        }
    }

    /**
     * After the retention deleted every day row before {@code firstKeptDay} (all projects): deletes the months
     * wholly before it and recomputes the month it falls in from the day rows left, so that a month row stays the
     * sum of its day rows. Runs in one transaction on {@code c}; returns the month rows removed.
     */
    static long purge(Connection c, int firstKeptDay) throws SQLException {
        return purge(c, null, firstKeptDay);
    }

    /** {@link #purge(Connection, int)} for one project ({@code null}: all), purged on its own business days. */
    static long purge(Connection c, String project, int firstKeptDay) throws SQLException {
        int month = monthOf(firstKeptDay);
        boolean partial = firstKeptDay % 100 != 1;
        String only = project == null ? "" : " AND project = ?";
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        long removed = 0;
        try {
            for (Table t : Table.values()) {
                try (PreparedStatement d = c.prepareStatement("DELETE FROM " + t.months + " WHERE local_month < ?"
                        + only)) {
                    d.setInt(1, month);
                    bindProject(d, 2, project);
                    removed += d.executeUpdate();
                }
                if (partial) {
                    try (PreparedStatement d = c.prepareStatement("DELETE FROM " + t.months + " WHERE local_month = ?"
                            + only);
                         PreparedStatement i = c.prepareStatement(t.insert(only))) {
                        d.setInt(1, month);
                        bindProject(d, 2, project);
                        removed += d.executeUpdate();
                        bindMonth(i, month);
                        bindProject(i, 4, project);
                        removed -= i.executeUpdate();
                    }
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return removed;
    }

    private static void bindProject(PreparedStatement ps, int index, String project) throws SQLException {
        if (project != null) {
            ps.setString(index, project);
        }
    }

    /** The month number and the day bounds (exclusive) of its days, as parameters 1 to 3. */
    private static void bindMonth(PreparedStatement ps, int month) throws SQLException {
        ps.setInt(1, month);
        ps.setInt(2, month * 100);
        ps.setInt(3, month * 100 + 100);
    }

    private static void bindNames(PreparedStatement ps, int from, List<String> names) throws SQLException {
        int k = from;
        for (String n : names) {
            ps.setString(k++, n);
        }
    }
}
