package io.cccpexplorer.history.bench;

import io.cccpexplorer.history.AgentReportQuery;
import io.cccpexplorer.history.HistoryBatch;
import io.cccpexplorer.history.HistoryDatabase;
import io.cccpexplorer.history.HistoryReports;
import io.cccpexplorer.history.HistoryWriter;
import io.cccpexplorer.history.QueueReportQuery;
import io.cccpexplorer.history.ReportInterval;
import io.cccpexplorer.history.ServiceTargets;
import io.cccpexplorer.history.Slots;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The store benchmark (a tool, never part of the tests): writes {@code days} synthetic days of {@code calls} calls
 * and their agents' activity, then times the per-queue day report and the per-agent month report (median of 15 runs
 * after 5 warm-up runs), against the baseline of the same figures computed from the raw calls table (what a store
 * without roll-ups does), in the same run.
 *
 * <pre>
 * java -cp ... io.cccpexplorer.history.bench.StoreBench h2|mysql [days=30] [callsPerDay=20000] [agents=200] [queues=8]
 * </pre>
 */
public final class StoreBench {

    private static final String PROJECT = "BENCH";
    /** Minutes of activity per write: the import writes a log hour at a time. */
    private static final int WINDOW_MINUTES = 60;
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    public static void main(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "h2";
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int callsPerDay = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int agents = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int queues = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        String schema = "cccp_bench_history_" + System.nanoTime() % 1_000_000;
        Path dir = Files.createTempDirectory("history-bench");
        HistoryDatabase db = engine.equals("mysql")
                ? HistoryDatabase.mysql("jdbc:mysql://127.0.0.1:3306", "root", "", schema)
                : HistoryDatabase.embedded(dir);
        try {
            run(db, days, callsPerDay, agents, queues);
        } finally {
            db.close();
            if (engine.equals("mysql")) {
                try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306", "root", "");
                     Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + schema);
                }
            }
        }
    }

    private static void run(HistoryDatabase db, int days, int callsPerDay, int agents, int queues) throws Exception {
        Slots slots = new Slots(ZONE);
        HistoryWriter writer = new HistoryWriter(db, slots, ServiceTargets.DEFAULT);
        SyntheticDays synthetic = new SyntheticDays(PROJECT, ZONE, agents, queues, callsPerDay);
        LocalDate first = LocalDate.of(2026, 2, 1);
        long rows = 0;
        long calls = 0;
        long t0 = System.nanoTime();
        for (int d = 0; d < days; d++) {
            long dayStart = System.nanoTime();
            long dayRows = 0;
            for (HistoryBatch b : synthetic.day(first.plusDays(d), WINDOW_MINUTES)) {
                writer.write(b);
                dayRows += b.size();
                calls += b.calls().size();
            }
            rows += dayRows;
            System.out.printf("day %s: %,d rows in %.1f s%n", first.plusDays(d), dayRows,
                    (System.nanoTime() - dayStart) / 1e9);
        }
        double writeS = (System.nanoTime() - t0) / 1e9;
        System.out.printf("engine %s: wrote %,d calls, %,d rows in %.1f s = %,.0f rows/s, %,.0f calls/s; disk %,d MB%n",
                db.engine(), calls, rows, writeS, rows / writeS, calls / writeS, db.diskBytes() >> 20);

        HistoryReports reports = new HistoryReports(db, slots);
        LocalDate last = first.plusDays(days - 1);
        // each run asks for another day (or a month range one day shorter): no engine answers from a result cache
        int[] run = {0};
        time("per-queue day report (15 min, all queues)", () -> {
            LocalDate day = first.plusDays(run[0]++ % days);
            return reports.queues(new QueueReportQuery(PROJECT, day, day, ReportInterval.MIN15, List.of(), null)).size();
        });
        time("per-agent month report (month, all agents)", () -> reports.agents(new AgentReportQuery(PROJECT, first,
                rangeEnd(first, last, run[0]++), ReportInterval.MONTH, List.of())).size());
        time("per-agent month report (day, all agents)", () -> reports.agents(new AgentReportQuery(PROJECT, first,
                rangeEnd(first, last, run[0]++), ReportInterval.DAY, List.of())).size());
        time("baseline: queue day from raw calls", () -> {
            LocalDate day = first.plusDays(run[0]++ % days);
            return raw(db, "SELECT queue, slot, COUNT(*), SUM(CASE WHEN answered_ms IS NOT NULL THEN 1 ELSE 0 END), "
                    + "SUM(wait_ms), MAX(wait_ms) FROM calls WHERE project = ? AND start_ms >= ? AND start_ms < ? "
                    + "GROUP BY queue, slot", slots.startOf(day).toEpochMilli(), slots.startOf(day.plusDays(1)).toEpochMilli());
        });
        time("baseline: agent month from raw calls + intervals", () -> {
            long from = slots.startOf(first).toEpochMilli();
            long to = slots.startOf(rangeEnd(first, last, run[0]++).plusDays(1)).toEpochMilli();
            return raw(db, "SELECT agent, COUNT(*), SUM(talk_ms) FROM calls WHERE project = ? AND start_ms >= ? "
                    + "AND start_ms < ? GROUP BY agent", from, to)
                    + raw(db, "SELECT agent, status, SUM(end_ms - start_ms) FROM agent_intervals WHERE project = ? "
                    + "AND start_ms >= ? AND start_ms < ? GROUP BY agent, status", from, to);
        });
    }

    /**
     * The last day of the month report's range for one run: the last day or the one before, alternately (another
     * range each run, so no engine answers from a result cache), never before {@code first}: a one-day bench keeps
     * its one day (it asked for 'to' before 'from', which the reports refuse).
     */
    static LocalDate rangeEnd(LocalDate first, LocalDate last, int run) {
        LocalDate end = last.minusDays(run % 2);
        return end.isBefore(first) ? first : end;
    }

    private static int raw(HistoryDatabase db, String sql, long from, long to) throws SQLException {
        try (Connection c = Access.connection(db); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, PROJECT);
            ps.setLong(2, from);
            ps.setLong(3, to);
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    private static void time(String what, Callable<Integer> query) throws Exception {
        int rows = 0;
        for (int i = 0; i < 5; i++) {
            rows = query.call();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long t = System.nanoTime();
            query.call();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-52s %6d rows  median %8.1f ms  min %8.1f  max %8.1f%n", what, rows, sorted[7], sorted[0],
                sorted[14]);
        Arrays.fill(sorted, 0);
    }
}
