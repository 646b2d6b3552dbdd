package io.cccpexplorer.history.bench;

import io.cccpexplorer.history.AgentReportQuery;
import io.cccpexplorer.history.HistoryBatch;
import io.cccpexplorer.history.HistoryDatabase;
import io.cccpexplorer.history.HistoryReports;
import io.cccpexplorer.history.HistoryWriter;
import io.cccpexplorer.history.ImportLog;
import io.cccpexplorer.history.QueueReportQuery;
import io.cccpexplorer.history.ReportInterval;
import io.cccpexplorer.history.ReportsAccess;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The store benchmark (a tool, never part of the tests): writes {@code days} synthetic days of {@code calls} calls
 * and their agents' activity through {@link HistoryWriter}, then times the per-queue day report and the per-agent
 * month report (median of 15 runs after 5 warm-up runs), against the baseline of the same figures computed from the
 * raw calls and intervals (what a store without roll-ups does), in the same run; the month report from the month
 * rows is timed in turns with the same report from the day rows only (before the month rows).
 *
 * <pre>
 * java -cp ... io.cccpexplorer.history.bench.StoreBench h2|mysql [days=30] [callsPerDay=20000] [agents=200] [queues=8]
 *      [--keep DIR|SCHEMA] [--window MINUTES] [--sqlite FILE] [--copy-from-mysql SCHEMA]
 *      [--copy-reports-from-mysql SCHEMA] [--baselines no]
 * </pre>
 * {@code --keep}: the data set stays (H2: the store in DIR; MariaDB: the schema SCHEMA, not dropped) and a rerun
 * writes only the days it lacks (each written day is recorded in {@code imported_days}), so the 30-day set is
 * written once and every later run only reads. {@code --window}: minutes of activity per write (default 60, a log
 * hour as the import writes it). {@code --sqlite FILE}: also copies the tables the reports and the baselines read
 * into a SQLite file (once; reused when it exists) and times the unchanged {@link HistoryReports} there: the
 * engine comparison the issue asks for, on the same rows and the same SQL. {@code --copy-from-mysql SCHEMA} (H2): a
 * store lacking the set's last day first receives the rows of a MariaDB set written by the writer (the report
 * tables, calls, intervals), when writing them again through H2's slower writer would take too long on a busy
 * machine; the reports then read the same rows on both engines. {@code --copy-reports-from-mysql SCHEMA} (H2, with
 * {@code --baselines no}): the same, but only the tables the three timed reports read (the roll-ups of queues per
 * slot, day and month, of agents per day and month), a few minutes' copy where the whole store took hours.
 * Last lines: {@code BENCH store engine=... queue_day_ms=... agent_month_ms=... agent_month_dayrows_ms=...
 * raw_queue_day_ms=... raw_agent_month_ms=...} per engine, for {@code scripts/bench.sh}.
 */
public final class StoreBench {

    private static final String PROJECT = "BENCH";
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final LocalDate FIRST = LocalDate.of(2026, 2, 1);
    private static final String MYSQL = "jdbc:mysql://127.0.0.1:3306";
    /** What the three timed reports read (--copy-reports-from-mysql): no calls, intervals or 15-minute agent rows. */
    private static final List<String> REPORT_TABLES = List.of("queue_slots", "queue_days", "agent_days",
            "agent_call_days", "queue_months", "agent_months", "agent_call_months");

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                options.put(args[i], args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        String engine = positional.size() > 0 ? positional.get(0) : "h2";
        int days = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 30;
        int callsPerDay = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 20_000;
        int agents = positional.size() > 3 ? Integer.parseInt(positional.get(3)) : 200;
        int queues = positional.size() > 4 ? Integer.parseInt(positional.get(4)) : 8;
        int window = Integer.parseInt(options.getOrDefault("--window", "60"));
        String keep = options.get("--keep");
        String schema = keep != null ? keep : "cccp_bench_history_" + System.nanoTime() % 1_000_000;
        Path dir = keep != null ? Path.of(keep) : Files.createTempDirectory("history-bench");
        System.out.printf("load average %s at start%n", loadAverage());
        HistoryDatabase db = engine.equals("mysql")
                ? HistoryDatabase.mysql(MYSQL, "root", "", schema)
                : HistoryDatabase.embedded(dir);
        try {
            Slots slots = new Slots(ZONE);
            boolean reportsOnly = options.containsKey("--copy-reports-from-mysql");
            String copyFrom = reportsOnly ? options.get("--copy-reports-from-mysql") : options.get("--copy-from-mysql");
            if (copyFrom != null && !new ImportLog(db, Clock.systemUTC()).done(PROJECT, FIRST.plusDays(days - 1))) {
                try (HistoryDatabase source = HistoryDatabase.mysql(MYSQL, "root", "", copyFrom)) {
                    long t0 = System.nanoTime();
                    long copied = SqliteCopy.copyStore(source, db, reportsOnly ? REPORT_TABLES : SqliteCopy.TABLES);
                    System.out.printf("copied %,d rows from MariaDB schema %s in %.1f s%n", copied, copyFrom,
                            (System.nanoTime() - t0) / 1e9);
                }
            }
            fill(db, slots, days, new SyntheticDays(PROJECT, ZONE, agents, queues, callsPerDay), window);
            boolean baselines = !options.getOrDefault("--baselines", "yes").equals("no");
            Map<String, Double> figures = measure(db, slots, days, baselines);
            line(db.engine().name().toLowerCase(Locale.ROOT), days, callsPerDay, figures);
            if (options.containsKey("--sqlite")) {
                try (HistoryDatabase sqlite = SqliteCopy.of(db, Path.of(options.get("--sqlite")))) {
                    line("sqlite", days, callsPerDay, measure(sqlite, slots, days, baselines));
                }
            }
        } finally {
            db.close();
            if (engine.equals("mysql") && keep == null) {
                try (Connection c = DriverManager.getConnection(MYSQL, "root", "");
                     Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + schema);
                }
            }
        }
        System.out.printf("load average %s at end%n", loadAverage());
    }

    /** Writes the days the store lacks, in time order, as the writers send them. */
    private static void fill(HistoryDatabase db, Slots slots, int days, SyntheticDays synthetic, int window) {
        HistoryWriter writer = new HistoryWriter(db, slots, ServiceTargets.DEFAULT);
        ImportLog written = new ImportLog(db, Clock.systemUTC());
        long rows = 0;
        long calls = 0;
        long t0 = System.nanoTime();
        for (int d = 0; d < days; d++) {
            LocalDate day = FIRST.plusDays(d);
            if (written.done(PROJECT, day)) {
                continue;
            }
            long dayStart = System.nanoTime();
            long dayRows = 0;
            int dayCalls = 0;
            for (HistoryBatch b : synthetic.day(day, window)) {
                writer.write(b);
                dayRows += b.size();
                dayCalls += b.calls().size();
            }
            written.finished(PROJECT, day, dayRows, dayCalls);
            rows += dayRows;
            calls += dayCalls;
            System.out.printf("day %s: %,d rows in %.1f s (load %s)%n", day, dayRows,
                    (System.nanoTime() - dayStart) / 1e9, loadAverage());
        }
        double writeS = (System.nanoTime() - t0) / 1e9;
        if (rows > 0) {
            System.out.printf("engine %s: wrote %,d calls, %,d rows in %.1f s = %,.0f rows/s, %,.0f calls/s "
                    + "(%d-minute batches)%n", db.engine(), calls, rows, writeS, rows / writeS, calls / writeS, window);
        }
        System.out.printf("engine %s: %d days present; disk %,d MB%n", db.engine(), days, db.diskBytes() >> 20);
    }

    /** Medians (ms) of the two reports and their raw-rows baselines. */
    private static Map<String, Double> measure(HistoryDatabase db, Slots slots, int days, boolean baselines)
            throws Exception {
        HistoryReports reports = new HistoryReports(db, slots);
        LocalDate last = FIRST.plusDays(days - 1);
        Map<String, Double> medians = new LinkedHashMap<>();
        // each run asks for another day (or a month range one day shorter): no engine answers from a result cache
        int[] run = {0};
        medians.put("queue_day_ms", time("per-queue day report (15 min, all queues)", () -> {
            LocalDate day = FIRST.plusDays(run[0]++ % days);
            return reports.queues(new QueueReportQuery(PROJECT, day, day, ReportInterval.MIN15, List.of(), null))
                    .size();
        }));
        // month rows against the day rows they replace (the code before them), interleaved in one loop: under a
        // varying load only an A/B run side by side compares
        HistoryReports dayRows = ReportsAccess.fromDayRowsOnly(db, slots);
        double[] month = timePair("per-agent month report (month, all agents)", "month rows + edge days",
                "day rows only (before)",
                () -> reports.agents(new AgentReportQuery(PROJECT, FIRST, rangeEnd(FIRST, last, run[0]++),
                        ReportInterval.MONTH, List.of())).size(),
                () -> dayRows.agents(new AgentReportQuery(PROJECT, FIRST, rangeEnd(FIRST, last, run[0]++),
                        ReportInterval.MONTH, List.of())).size());
        medians.put("agent_month_ms", month[0]);
        medians.put("agent_month_dayrows_ms", month[1]);
        medians.put("agent_month_days_ms", time("per-agent month report (day, all agents)", () -> reports.agents(
                new AgentReportQuery(PROJECT, FIRST, rangeEnd(FIRST, last, run[0]++), ReportInterval.DAY,
                        List.of())).size()));
        if (!baselines) { // --baselines no: the raw-rows scans take minutes on a 30-day set at high load
            return medians;
        }
        medians.put("raw_queue_day_ms", time("baseline: queue day from raw calls", () -> {
            LocalDate day = FIRST.plusDays(run[0]++ % days);
            return raw(db, "SELECT queue, slot, COUNT(*), SUM(CASE WHEN answered_ms IS NOT NULL THEN 1 ELSE 0 END), "
                    + "SUM(wait_ms), MAX(wait_ms) FROM calls WHERE project = ? AND start_ms >= ? AND start_ms < ? "
                    + "GROUP BY queue, slot", slots.startOf(day).toEpochMilli(),
                    slots.startOf(day.plusDays(1)).toEpochMilli());
        }));
        medians.put("raw_agent_month_ms", time("baseline: agent month from raw calls + intervals", () -> {
            long from = slots.startOf(FIRST).toEpochMilli();
            long to = slots.startOf(rangeEnd(FIRST, last, run[0]++).plusDays(1)).toEpochMilli();
            return raw(db, "SELECT agent, COUNT(*), SUM(talk_ms) FROM calls WHERE project = ? AND start_ms >= ? "
                    + "AND start_ms < ? GROUP BY agent", from, to)
                    + raw(db, "SELECT agent, status, SUM(end_ms - start_ms) FROM agent_intervals WHERE project = ? "
                    + "AND start_ms >= ? AND start_ms < ? GROUP BY agent, status", from, to);
        }));
        return medians;
    }

    private static void line(String engine, int days, int callsPerDay, Map<String, Double> figures) {
        StringBuilder s = new StringBuilder("BENCH store engine=" + engine + " days=" + days + " calls_per_day="
                + callsPerDay);
        figures.forEach((k, v) -> s.append(' ').append(k).append('=').append(String.format(Locale.ROOT, "%.1f", v)));
        System.out.println(s.append(" load=").append(loadAverage().replace(' ', '/')));
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

    /** Medians of two queries timed in turns (A B, B A, ...: neither always runs first), each 5 + 15 runs. */
    private static double[] timePair(String what, String nameA, String nameB, Callable<Integer> a,
                                     Callable<Integer> b) throws Exception {
        int rowsA = 0;
        int rowsB = 0;
        for (int i = 0; i < 5; i++) {
            rowsA = a.call();
            rowsB = b.call();
        }
        double[][] ms = new double[2][15];
        for (int i = 0; i < 15; i++) {
            for (int k = 0; k < 2; k++) {
                int which = (i + k) % 2;
                long t = System.nanoTime();
                (which == 0 ? a : b).call();
                ms[which][i] = (System.nanoTime() - t) / 1e6;
            }
        }
        double[] medians = new double[2];
        String[] names = {nameA, nameB};
        int[] rows = {rowsA, rowsB};
        for (int w = 0; w < 2; w++) {
            double[] sorted = ms[w].clone();
            java.util.Arrays.sort(sorted);
            System.out.printf("%-52s %6d rows  median %8.1f ms  min %8.1f  max %8.1f%n", what + ": " + names[w],
                    rows[w], sorted[7], sorted[0], sorted[14]);
            medians[w] = sorted[7];
        }
        return medians;
    }

    private static double time(String what, Callable<Integer> query) throws Exception {
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
        return sorted[7];
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
