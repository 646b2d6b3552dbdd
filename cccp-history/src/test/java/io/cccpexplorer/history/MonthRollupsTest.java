package io.cccpexplorer.history;

import static io.cccpexplorer.history.Calls.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The month roll-ups on both engines, for a project at UTC+10 (Brisbane) whose business day starts at 06:00, over
 * 2026-01-20 .. 2026-03-05: a month report read from month rows (whole months) and day rows (the edges) equals the
 * same report read from day rows alone, whatever the range; a month holds the business days of its calendar month
 * (a call at 05:30 on 1 March local is February's); month rows stay the sums of their day rows after a rewrite and
 * after a retention purge.
 */
class MonthRollupsTest {

    static final ZoneId BRISBANE = ZoneId.of("Australia/Brisbane");
    static final ProjectSlots SLOTS = ProjectSlots.all(new Slots(BRISBANE, LocalTime.of(6, 0)));
    static final LocalDate FIRST = LocalDate.of(2026, 1, 20);
    static final LocalDate LAST = LocalDate.of(2026, 3, 5);
    static final List<String> AGENTS = List.of("alice", "bob", "carol");

    @TempDir
    Path dir;

    static Instant local(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(BRISBANE).toInstant();
    }

    /**
     * One batch per business day: each agent takes calls (their number and lengths vary with the day) between
     * available, talking, wrap-up and a pause, and one late call at 05:30 the next morning (still that business day).
     */
    static List<HistoryBatch> days() {
        List<HistoryBatch> batches = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            int n = day.getDayOfMonth();
            List<StoredCall> calls = new ArrayList<>();
            List<AgentInterval> intervals = new ArrayList<>();
            for (int a = 0; a < AGENTS.size(); a++) {
                String agent = AGENTS.get(a);
                String session = agent + "-" + day;
                Instant t = local(day, 8 + a, 0);
                for (int k = 0; k < 1 + (n + a) % 3; k++) {
                    String queue = k % 2 == 0 ? "SALES" : "SUPPORT";
                    calls.add(Calls.answered(session + "-" + k, t, 0, queue, 5 + n % 30, agent, 60 + n, "06" + n));
                    t = t.plusSeconds(600);
                }
                intervals.add(new AgentInterval(PROJECT, session, agent, "available", "", local(day, 7, 0),
                        local(day, 8, 0)));
                intervals.add(new AgentInterval(PROJECT, session, agent, "talking", "", local(day, 8, 0),
                        local(day, 8, 10 + n)));
                intervals.add(new AgentInterval(PROJECT, session, agent, "wrap_up", "", local(day, 8, 10 + n),
                        local(day, 8, 45)));
                intervals.add(new AgentInterval(PROJECT, session, agent, "pause", a == 0 ? "lunch" : "training",
                        local(day, 8, 45), local(day, 9, 30 + a)));
            }
            calls.add(Calls.abandoned("late-" + day, local(day.plusDays(1), 5, 30), 0, "SALES", 40, "0700"));
            batches.add(new HistoryBatch(PROJECT, calls, Map.of(), intervals, List.of()));
        }
        return batches;
    }

    static void writeAll(HistoryDatabase db) {
        HistoryWriter writer = new HistoryWriter(db, SLOTS, ServiceTargets.DEFAULT);
        days().forEach(writer::write);
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aMonthReportFromMonthRowsEqualsTheSameReportFromDayRows(HistoryEngine engine) throws SQLException {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            writeAll(store.db());
            HistoryReports months = new HistoryReports(store.db(), SLOTS);
            HistoryReports daysOnly = new HistoryReports(store.db(), SLOTS, false);
            List<LocalDate[]> ranges = List.of(
                    range("2026-02-01", "2026-02-28"),   // one whole month: month rows only
                    range("2026-02-03", "2026-02-20"),   // inside a month: day rows only
                    range("2026-01-25", "2026-03-03"),   // partial, whole, partial
                    range("2026-01-20", "2026-02-28"),   // partial, whole
                    range("2026-02-01", "2026-03-05"),   // whole, partial
                    range("2026-01-01", "2026-03-31"));  // three whole months, the data inside
            for (LocalDate[] r : ranges) {
                String what = r[0] + ".." + r[1];
                List<AgentFigures> agents = months.agents(new AgentReportQuery(PROJECT, r[0], r[1],
                        ReportInterval.MONTH, List.of()));
                assertThat(agents).as(what).isNotEmpty()
                        .isEqualTo(daysOnly.agents(new AgentReportQuery(PROJECT, r[0], r[1], ReportInterval.MONTH,
                                List.of())));
                assertThat(months.agents(new AgentReportQuery(PROJECT, r[0], r[1], ReportInterval.MONTH,
                        List.of("bob")))).as(what).isEqualTo(daysOnly.agents(new AgentReportQuery(PROJECT, r[0],
                        r[1], ReportInterval.MONTH, List.of("bob"))));
                QueueReportQuery queues = new QueueReportQuery(PROJECT, r[0], r[1], ReportInterval.MONTH, List.of(),
                        null);
                assertThat(months.queues(queues)).as(what).isNotEmpty().isEqualTo(daysOnly.queues(queues));
                QueueReportQuery team = new QueueReportQuery(PROJECT, r[0], r[1], ReportInterval.MONTH,
                        List.of("SALES", "SUPPORT"), "ALL");
                assertThat(months.queues(team)).as(what).isEqualTo(daysOnly.queues(team));
            }
            // the month rows are what answered the whole months: without them, February would be empty
            assertThat(rowCount(store.db(), "agent_months")).isPositive();
            assertThat(rowCount(store.db(), "agent_call_months")).isPositive();
            assertThat(rowCount(store.db(), "queue_months")).isPositive();
            assertMonthsAreTheSumsOfTheirDays(store.db());
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aMonthHoldsTheBusinessDaysOfItsCalendarMonthInTheProjectsZone(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            HistoryWriter writer = new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT);
            // 05:30 on 1 March in Brisbane is 19:30 UTC on 28 February, and still business day 28 February
            writer.write(new HistoryBatch(PROJECT, List.of(
                    Calls.answered("feb", local(LocalDate.of(2026, 3, 1), 5, 30), 0, "SALES", 10, "alice", 60, "06"),
                    Calls.answered("mar", local(LocalDate.of(2026, 3, 1), 6, 10), 0, "SALES", 10, "alice", 60, "06")),
                    Map.of(), List.of(), List.of()));
            List<QueueFigures> rows = new HistoryReports(store.db(), SLOTS).queues(new QueueReportQuery(PROJECT,
                    LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31), ReportInterval.MONTH, List.of(), null));
            assertThat(rows).extracting(QueueFigures::interval).containsExactly(
                    OffsetDateTime.parse("2026-02-01T06:00+10:00"), OffsetDateTime.parse("2026-03-01T06:00+10:00"));
            assertThat(rows).extracting(QueueFigures::offered).containsExactly(1, 1);
            List<AgentFigures> agents = new HistoryReports(store.db(), SLOTS).agents(new AgentReportQuery(PROJECT,
                    LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), ReportInterval.MONTH, List.of()));
            assertThat(agents).singleElement().satisfies(a -> assertThat(a.handled()).isEqualTo(1));
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void rewritingDaysLeavesTheMonthRowsAsTheyWere(HistoryEngine engine) throws SQLException {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            writeAll(store.db());
            List<String> once = HistoryStoreTest.dump(store.db());
            writeAll(store.db());
            assertThat(HistoryStoreTest.dump(store.db())).isEqualTo(once);
            assertThat(once).anyMatch(row -> row.startsWith("agent_months|"))
                    .anyMatch(row -> row.startsWith("queue_months|"));

            // a call rewritten into another queue and agent leaves the first ones' months
            LocalDate day = LocalDate.of(2026, 2, 14);
            StoredCall moved = Calls.answered("alice-" + day + "-0", local(day, 8, 0), 0, "BILLING", 5, "dave", 60,
                    "06");
            new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT).write(new HistoryBatch(PROJECT,
                    List.of(moved), Map.of(), List.of(), List.of()));
            assertMonthsAreTheSumsOfTheirDays(store.db());
            HistoryReports reports = new HistoryReports(store.db(), SLOTS);
            AgentReportQuery february = new AgentReportQuery(PROJECT, LocalDate.of(2026, 2, 1),
                    LocalDate.of(2026, 2, 28), ReportInterval.MONTH, List.of());
            assertThat(reports.agents(february)).isEqualTo(new HistoryReports(store.db(), SLOTS, false)
                    .agents(february));
            assertThat(reports.agents(february)).filteredOn(a -> a.agent().equals("dave"))
                    .singleElement().satisfies(a -> assertThat(a.handled()).isEqualTo(1));
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void retentionRemovesTheMonthsBeforeItAndRecomputesTheMonthItCuts(HistoryEngine engine) throws SQLException {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            writeAll(store.db());
            HistoryReports reports = new HistoryReports(store.db(), SLOTS);
            AgentReportQuery february = new AgentReportQuery(PROJECT, LocalDate.of(2026, 2, 1),
                    LocalDate.of(2026, 2, 28), ReportInterval.MONTH, List.of());
            AgentFigures before = reports.agents(february).get(0);

            // 10 days kept before 2026-03-01 midday in Brisbane: from 19 February
            Clock clock = Clock.fixed(local(LocalDate.of(2026, 3, 1), 12, 0), BRISBANE);
            Retention retention = new Retention(store.db(), new Slots(BRISBANE, LocalTime.of(6, 0)),
                    Period.ofDays(10), clock);
            assertThat(retention.firstKept(PROJECT)).isEqualTo(LocalDate.of(2026, 2, 19));
            retention.purge();

            assertThat(months(store.db(), "agent_months")).containsExactly(202602, 202603);
            assertThat(months(store.db(), "agent_call_months")).containsExactly(202602, 202603);
            assertThat(months(store.db(), "queue_months")).containsExactly(202602, 202603);
            assertMonthsAreTheSumsOfTheirDays(store.db());
            AgentFigures after = reports.agents(february).get(0);
            assertThat(after.handled()).isPositive().isLessThan(before.handled());
            assertThat(reports.agents(february)).isEqualTo(new HistoryReports(store.db(), SLOTS, false)
                    .agents(february));
            assertThat(reports.agents(new AgentReportQuery(PROJECT, LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 1, 31), ReportInterval.MONTH, List.of()))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aPurgeOfOneProjectLeavesTheOthersMonths(HistoryEngine engine) throws SQLException {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            writeAll(store.db());
            HistoryWriter writer = new HistoryWriter(store.db(), SLOTS, ServiceTargets.DEFAULT);
            for (HistoryBatch b : days()) {
                writer.write(new HistoryBatch("OTHER",
                        b.calls().stream().map(c -> ProjectDaysTest.inProject("OTHER", c))
                        .toList(), Map.of(), List.of(), List.of()));
            }
            List<String> other = HistoryStoreTest.dump(store.db()).stream().filter(r -> r.contains("_months|OTHER|"))
                    .toList();
            assertThat(other).isNotEmpty();
            try (Connection c = store.db().connection()) {
                for (String table : List.of("queue_days", "agent_days", "agent_call_days")) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table
                            + " WHERE project = ? AND local_day < 20260219")) {
                        ps.setString(1, PROJECT);
                        ps.executeUpdate();
                    }
                }
                MonthRollups.purge(c, PROJECT, 20260219);
            }
            assertThat(HistoryStoreTest.dump(store.db())).noneMatch(r -> r.contains("_months|" + PROJECT + "|202601|"))
                    .anyMatch(r -> r.contains("_months|" + PROJECT + "|202602|"));
            assertThat(HistoryStoreTest.dump(store.db()).stream().filter(r -> r.contains("_months|OTHER|")))
                    .containsExactlyElementsOf(other);
            assertMonthsAreTheSumsOfTheirDays(store.db());
        }
    }

    static LocalDate[] range(String from, String to) {
        return new LocalDate[] {LocalDate.parse(from), LocalDate.parse(to)};
    }

    static long rowCount(HistoryDatabase db, String table) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<Integer> months(HistoryDatabase db, String table) throws SQLException {
        List<Integer> months = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT DISTINCT local_month "
                + "FROM " + table + " ORDER BY local_month"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                months.add(rs.getInt(1));
            }
        }
        return months;
    }

    /**
     * Every month row equals its day rows added up here in Java (maxima for the target and the longest wait), and
     * no month lacks a row its days have.
     */
    static void assertMonthsAreTheSumsOfTheirDays(HistoryDatabase db) throws SQLException {
        for (MonthRollups.Table t : MonthRollups.Table.values()) {
            List<String> keys = columns(t.keys);
            List<String> figures = columns(t.figures);
            String select = String.join(", ", keys) + ", " + String.join(", ", figures);
            Map<String, long[]> fromDays = new TreeMap<>();
            Map<String, long[]> months = new TreeMap<>();
            try (Connection c = db.connection()) {
                read(c, "SELECT project, local_day, " + select + " FROM " + t.days, keys.size(), figures, fromDays,
                        true);
                read(c, "SELECT project, local_month, " + select + " FROM " + t.months, keys.size(), figures, months,
                        false);
            }
            assertThat(fromDays).as(t.months).isNotEmpty();
            assertThat(months.keySet()).as(t.months).isEqualTo(fromDays.keySet());
            fromDays.forEach((k, v) -> assertThat(months.get(k)).as(t.months + " " + k).containsExactly(v));
        }
    }

    private static List<String> columns(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).toList();
    }

    private static void read(Connection c, String sql, int keys, List<String> figures, Map<String, long[]> into,
                             boolean days) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int month = days ? rs.getInt(2) / 100 : rs.getInt(2);
                StringBuilder key = new StringBuilder(rs.getString(1)).append('|').append(month);
                for (int i = 0; i < keys; i++) {
                    key.append('|').append(rs.getString(3 + i));
                }
                long[] sums = into.computeIfAbsent(key.toString(), k -> new long[figures.size()]);
                for (int f = 0; f < figures.size(); f++) {
                    long v = rs.getLong(3 + keys + f);
                    boolean max = figures.get(f).equals("target_s") || figures.get(f).equals("wait_max_ms");
                    sums[f] = max ? Math.max(sums[f], v) : sums[f] + v;
                }
            }
        }
    }
}
