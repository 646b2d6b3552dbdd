package io.cccpexplorer.simulator.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionConnected;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionDisconnected;
import io.cccpexplorer.protocol.rlog.ccxml.SessionAddStatistic;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskCreate;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskState;
import io.cccpexplorer.simulator.TestRecords;
import io.cccpexplorer.simulator.apply.RecordApplier;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import io.cccpexplorer.simulator.query.filter.Filter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Statistics as the vendor's dispatch serves them (rules found by replaying the same synthesized Logger days in
 * the vendor's dispatch and in the simulator, see the simulator README): statistics by name in object formats,
 * statistic queries ({@code duration('0')}, {@code max('0')}, {@code count('0')}), the duration statistics of a
 * user and the item statistics of a session after state changes, and what is no step on a list.
 * Everything here is synthesized by our own records.
 */
class StatisticQueryTest {

    private final DispatchDatabase db = new DispatchDatabase();
    private final RecordApplier applier = new RecordApplier(db, TestRecords.PROJECT);
    private final TestRecords records = new TestRecords();

    private void today(Instant now) {
        db.statisticsTime(Clock.fixed(now, TestRecords.OFFSET), TestRecords.OFFSET);
    }

    /** Evaluates {@code paths} ("a.b" or "a.fn('0')") on {@code target} the way a vendor client's format asks. */
    private List<String> evaluate(DbObject target, String... paths) {
        List<FormatField> roots = new ArrayList<>();
        for (int i = 0; i < paths.length; i++) {
            roots = insert(roots, List.of(paths[i].split("\\.")), i);
        }
        Map<Integer, FieldValue> values = FormatEvaluator.evaluate(new ObjectFormat(1, roots), target, Visits.NONE);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paths.length; i++) {
            FieldValue v = values.get(i);
            out.add(v == null ? "undefined" : printed(v));
        }
        return out;
    }

    private static String printed(FieldValue v) {
        if (v instanceof FieldValue.Real r) {
            return "real " + r.value();
        }
        if (v instanceof FieldValue.U32 u) {
            return "u32 " + u.value();
        }
        return v instanceof FieldValue.Str s ? s.value() : v.toString();
    }

    private static List<FormatField> insert(List<FormatField> nodes, List<String> steps, int index) {
        String step = steps.get(0);
        String name = step;
        String query = null;
        int paren = step.indexOf("('");
        if (paren > 0) {
            name = step.substring(0, paren);
            query = step.substring(paren + 2, step.length() - 2);
        }
        List<FormatField> out = new ArrayList<>(nodes);
        if (steps.size() == 1) {
            out.add(new FormatField(index, name, query, List.of()));
            return out;
        }
        for (int i = 0; i < out.size(); i++) {
            FormatField n = out.get(i);
            if (n.name().equals(name) && !n.isLeaf()) {
                out.set(i, new FormatField(n.fieldIndex(), name, query,
                        insert(n.fields(), steps.subList(1, steps.size()), index)));
                return out;
            }
        }
        out.add(new FormatField(1000 + index, name, query, insert(List.of(), steps.subList(1, steps.size()), index)));
        return out;
    }

    private DbObject user(String login) {
        return db.root().list("users").items().stream().filter(u -> login.equals(u.string("login"))).findFirst()
                .orElseThrow();
    }

    private DbObject session(String sessionId) {
        return db.root().list("sessions").items().stream().filter(s -> sessionId.equals(s.string("session_id")))
                .findFirst().orElseThrow();
    }

    private static Map<String, String> rows(DbObject owner, String list, String... fields) {
        Map<String, String> out = new LinkedHashMap<>();
        for (DbObject o : owner.list(list).items()) {
            out.put(o.string("name"), List.of(fields).stream().map(f -> String.valueOf(o.get(f)))
                    .collect(Collectors.joining("|")));
        }
        return out;
    }

    @Test
    void leavingAStateStopsItsStatisticsAndAddsTheWholeSecondsOfThePeriod() {
        // available 09:00:00.25 -> pause 09:25:30.90 -> available 09:33:41.10 (whole seconds: 1530, then 491)
        applier.applyAll(records.agentLogsIn("user_1", "ann", "Ann", 41, "Agent").take());
        applier.applyAll(records.after(1530).take());
        List<io.cccpexplorer.protocol.rlog.RlogEntry> late = new ArrayList<>();
        Instant t0 = records.now();
        late.add(entry(t0.plusMillis(650), records.agentState("user_1", 2, "pause", "Pause").take()));
        late.add(entry(t0.plusSeconds(491).plusMillis(850),
                records.add(new io.cccpexplorer.protocol.rlog.ccxml.UserState(
                "user_1", 1, "available", "Disponible", "", "", 0, "ready", "#00ff00", 0)).take()));
        applier.applyAll(late);
        today(t0.plusSeconds(600));

        DbObject ann = user("ann");
        io.cccpexplorer.protocol.wire.CccpDate since = session("user_1").list("states").last().date("start_date");
        double started = since.seconds() + since.microseconds() / 1_000_000.0;   // the dispatch's date as a real
        // the user's statistics: the state left shows current 0 and origin 0, the running ones their start
        assertThat(rows(ann, "duration_statistics", "current", "origin")).containsOnly(
                Map.entry("logged", "1|" + seconds(TestRecords.START)),
                Map.entry("state_available", "1|" + started),
                Map.entry("state_available_idle", "1|" + started),
                Map.entry("state_group_ready", "1|" + started),
                Map.entry("state_group_ready_idle", "1|" + started),
                Map.entry("state_pause", "0|0.0"), Map.entry("state_pause_idle", "0|0.0"),
                Map.entry("state_group_pause", "0|0.0"), Map.entry("state_group_pause_idle", "0|0.0"));
        // the session's item statistics: count 1 while in the state, the ended periods in whole seconds
        assertThat(rows(session("user_1"), "item_statistics", "count", "duration")).containsOnly(
                Map.entry("state_available", "1|1530.0"), Map.entry("state_group_ready", "1|1530.0"),
                Map.entry("state_pause", "0|491.0"), Map.entry("state_group_pause", "0|491.0"));
        // by name on the user, with statistic queries; a running period is not in duration('0')
        assertThat(evaluate(ann, "logged.current", "logged.duration('0')", "logged.max('0')",
                "state_available.duration('0')", "state_pause.duration('0')", "state_pause.max('0')",
                "state_pause.count('0')", "state_pause.min('0')", "state_pause.name"))
                .containsExactly("u32 1", "real 0.0", "real 1.0", "real 1530.0", "real 491.0", "real 1.0",
                        "undefined", "undefined", "state_pause");
        // and a session's item statistics by name
        assertThat(evaluate(session("user_1"), "state_pause.count", "state_available.duration",
                "state_available.count"))
                .containsExactly("u32 0", "real 1530.0", "u32 1");
    }

    private static io.cccpexplorer.protocol.rlog.RlogEntry entry(Instant at,
            List<io.cccpexplorer.protocol.rlog.RlogEntry> one) {
        io.cccpexplorer.protocol.rlog.RlogEntry e = one.get(0);
        return new io.cccpexplorer.protocol.rlog.RlogEntry(TestRecords.date(at), e.recordNumber(), e.record());
    }

    private static double seconds(Instant i) {
        return i.getEpochSecond() + (i.getNano() / 1_000) / 1_000_000.0;   // as the dispatch's reals: µs
    }

    @Test
    void theTerminateAfterALogoutEndsTheStateAndClearsTheUsersLastState() {
        applier.applyAll(records.agentLogsIn("user_1", "ann", "Ann", 41, "Agent").after(100)
                .add(new io.cccpexplorer.protocol.rlog.ccxml.Logout("user_1", 41)).take());
        DbObject state = session("user_1").list("states").last();
        assertThat(state.date("end_date").isNil()).as("still open after the logout").isTrue();
        assertThat(user("ann").string("last_state_name")).isEqualTo("available");

        applier.applyAll(records.after(1).add(new io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate("user_1"))
                .take());
        assertThat(state.date("end_date")).isEqualTo(session("user_1").date("terminate_date"));
        assertThat(user("ann").string("last_state_name")).isEmpty();
        assertThat(user("ann").date("last_state_date").isNil()).isTrue();
        today(records.now());
        assertThat(evaluate(user("ann"), "state_available.duration('0')", "logged.duration('0')", "logged.current"))
                .containsExactly("real 101.0", "real 100.0", "u32 0");
    }

    @Test
    void anAgentLoggingOutInATasksWrapUpLeavesAnIdlePeriodRunningThatTheNextSessionAddsTo() {
        // observed (a recorded day with calls, agents logging out in wrap-up): idle once its tasks ended, the session
        // starts an idle period of its state that nothing ends; the user's statistics count periods
        applier.applyAll(records.agentLogsIn("user_1", "ann", "Ann", 41, "Agent").after(60)
                .add(new UserTaskCreate("user_1", 1, 1, "ACME__SALES", "SALES", "", 0, 0))
                .add(new UserTaskState("user_1", 1, 3, "post_managing", "Wrap-up", "", 3, 0)).after(30)
                .add(new io.cccpexplorer.protocol.rlog.ccxml.UserTaskManaged("user_1", 1, "managed", null)).after(10)
                .add(new io.cccpexplorer.protocol.rlog.ccxml.Logout("user_1", 41))
                .add(new io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate("user_1")).take());
        double terminated = seconds(records.now());
        DbObject ann = user("ann");
        assertThat(rows(ann, "duration_statistics", "current", "origin")).contains(
                Map.entry("state_available_idle", "1|" + terminated),
                Map.entry("state_group_ready_idle", "1|" + terminated));
        today(records.now());
        assertThat(evaluate(ann, "state_available_idle.duration('0')")).as("its first idle minute ended at the task")
                .containsExactly("real 60.0");

        applier.applyAll(records.after(60).agentLogsIn("user_2", "ann", "Ann", 41, "Agent").after(30).take());
        today(records.now());
        assertThat(evaluate(ann, "state_available_idle.current", "state_available_idle.max('0')",
                "state_group_ready_idle.current")).as("the next session's idle period beside the one left running")
                .containsExactly("u32 2", "real 2.0", "u32 2");
    }

    @Test
    void aStateEnteredWhileATaskRunsHasNoIdleStatistics() {
        applier.applyAll(records.agentLogsIn("user_1", "ann", "Ann", 41, "Agent")
                .add(new UserTaskCreate("user_1", 1, 1, "ACME__SALES", "SALES", "", 0, 0))
                .add(new UserTaskState("user_1", 1, 1, "alerting", "Ringing", "", 1, 0)).take());
        applier.applyAll(records.after(60).agentState("user_1", 3, "wrap_up", "Wrap-up").take());

        assertThat(rows(user("ann"), "duration_statistics", "current").keySet())
                .contains("state_wrap_up", "state_group_pause").doesNotContain("state_wrap_up_idle",
                        "state_group_pause_idle");
    }

    @Test
    void yesterdaysActivityIsNotInTodaysStatisticQueries() {
        applier.applyAll(records.agentLogsIn("user_1", "ann", "Ann", 41, "Agent").after(100)
                .agentState("user_1", 2, "pause", "Pause").take());
        DbObject ann = user("ann");
        today(records.now());
        assertThat(evaluate(ann, "state_available.duration('0')", "state_available.max('0')"))
                .containsExactly("real 100.0", "real 1.0");
        today(records.now().plus(Duration.ofDays(1)));
        // observed with the sample days replayed months later: 0 seconds, the present current as the peak
        assertThat(evaluate(ann, "state_available.duration('0')", "state_available.max('0')",
                "logged.max('0')")).containsExactly("real 0.0", "real 0.0", "real 1.0");
    }

    @Test
    void aPeakCountsTheValuesSetInItsPeriodAndThoseHeldAtTheWholeMinutesTheDispatchRanThrough() {
        // a recording replayed by a dispatch started after it: Ann and Bob log in at 23:00 (UTC+01:00), Bob logs
        // out at 01:00, Cid logs in at 01:30; the dispatch starts at 01:40:20 and loads it all at once
        applier.applyAll(records.after(13 * 3600).agentLogsIn("user_1", "ann", "Ann", 41, "Agent")
                .agentLogsIn("user_2", "bob", "Bob", 42, "Agent")
                .after(2 * 3600).add(new io.cccpexplorer.protocol.rlog.ccxml.Logout("user_2", 42))
                .after(1800).agentLogsIn("user_3", "cid", "Cid", 43, "Agent").take());
        Instant started = records.now().plusSeconds(600).plusSeconds(20);
        db.statisticsSampledFrom(started);

        today(started.plusSeconds(10));
        // observed on the dispatch (a recording across midnight, queried in the minute of its start)
        assertThat(evaluate(user("ann"), "logged.current", "logged.max('0')", "logged.duration('0')"))
                .as("logged since the evening before, not sampled yet")
                .containsExactly("u32 1", "real 0.0", "real 0.0");
        assertThat(evaluate(user("bob"), "logged.current", "logged.max('0')", "logged.duration('0')"))
                .as("logged out after midnight: the hour since midnight counts, the value before it was never sampled")
                .containsExactly("u32 0", "real 0.0", "real 3600.0");
        assertThat(evaluate(user("cid"), "logged.max('0')")).as("logged in after midnight").containsExactly("real 1.0");
        assertThat(evaluate(user("ann"), "logged.max('1380')")).as("since 23:00: her login counts")
                .containsExactly("real 1.0");

        today(started.plusSeconds(45));
        // observed: from the next whole minute (01:41:00) the value held then counts
        assertThat(evaluate(user("ann"), "logged.max('0')")).containsExactly("real 1.0");
        assertThat(evaluate(user("bob"), "logged.max('0')")).as("0 when sampled").containsExactly("real 0.0");
    }

    @Test
    void aDispatchRunningAcrossMidnightSampledTheValueHeldBeforeTheFirstChangeOfTheDay() {
        // the same day live: the dispatch runs from 22:00; Bob, logged in at 23:00, logs out at 01:00
        db.statisticsSampledFrom(records.now().plusSeconds(12 * 3600));
        applier.applyAll(records.after(13 * 3600).agentLogsIn("user_2", "bob", "Bob", 42, "Agent")
                .after(2 * 3600).add(new io.cccpexplorer.protocol.rlog.ccxml.Logout("user_2", 42)).take());
        today(records.now().plusSeconds(600));

        assertThat(evaluate(user("bob"), "logged.current", "logged.max('0')"))
                .as("logged in at 00:00, the first whole minute of the day").containsExactly("u32 0", "real 1.0");
    }

    @Test
    void aPeriodIsTheMinuteOfTheDayItsStatisticsStartAndOutOfBoundsPeriodsAnswerZero() {
        // available from 10:00:00 to 10:01:40 server time (UTC+01:00), then pause
        applier.applyAll(records.agentLogsIn("user_1", "ann", "Ann", 41, "Agent").after(100)
                .agentState("user_1", 2, "pause", "Pause").take());
        DbObject ann = user("ann");
        today(records.now().plusSeconds(600));
        assertThat(evaluate(ann, "state_available.duration('600')", "state_available.duration('601')",
                "state_available.duration('602')", "state_available.duration('611')",
                "state_available.max('602')", "state_pause.max('602')"))
                .as("from 10:00, from 10:01 (the period begun before counts from there), from 10:02, from 10:11 (now "
                        + "10:11:40)")
                .containsExactly("real 100.0", "real 40.0", "real 0.0", "real 0.0", "real 0.0", "real 1.0");
        assertThat(evaluate(ann, "state_available.duration('615')", "state_available.duration('-1440')",
                "state_available.duration('2879')", "state_available.duration(' +600 minutes')"))
                .as("10:15 is still ahead: yesterday's 10:15; -1440 and 2879 are the bounds")
                .containsExactly("real 100.0", "real 100.0", "real 100.0", "real 100.0");
        assertThat(evaluate(ann, "state_available.duration('2880')", "state_available.duration('-1441')",
                "state_pause.max('2880')", "logged.max('4294970176')", "logged.max('4294970175')"))
                .as("out of bounds, also after the dispatch keeps the value to 32 bits")
                .containsExactly("real 0.0", "real 0.0", "real 0.0", "real 0.0", "real 1.0");
    }

    @Test
    void theUsersTaskCountersAnswerTheirCountAndPeak() {
        applier.applyAll(records.agentLogsIn("user_1", "ann", "Ann", 41, "Agent")
                .add(new UserTaskCreate("user_1", 1, 1, "ACME__SALES", "SALES", "", 0, 0)).after(60)
                .add(new UserTaskCreate("user_1", 2, 2, "ACME__SALES", "SALES", "", 0, 0)).take());
        today(records.now());
        assertThat(evaluate(user("ann"), "total_tasks.count('0')", "total_ACME__SALES.count('0')",
                "running_ACME__SALES.max('0')", "total_tasks.count('2880')", "total_tasks.max('0')"))
                .containsExactly("u32 2", "u32 2", "u32 2", "u32 0", "undefined");
    }

    @Test
    void aPeriodIsReadAsCsAtolThenKeptTo32Bits() {
        assertThat(StatisticPeriod.minutes("0")).isZero();
        assertThat(StatisticPeriod.minutes("")).isZero();
        assertThat(StatisticPeriod.minutes("abc")).isZero();
        assertThat(StatisticPeriod.minutes("10abc")).isEqualTo(10);
        assertThat(StatisticPeriod.minutes("2879.9")).isEqualTo(2879);
        assertThat(StatisticPeriod.minutes("  -3")).isEqualTo(-3);
        assertThat(StatisticPeriod.minutes("4294967297")).isEqualTo(1);
        assertThat(StatisticPeriod.minutes("99999999999999999999")).isEqualTo(-1);    // clamped, then -1
        assertThat(StatisticPeriod.minutes("-99999999999999999999")).isZero();
        assertThat(StatisticPeriod.minutes("2880")).isNull();
        assertThat(StatisticPeriod.minutes("2147483648")).isNull();
    }

    @Test
    void connectionStatisticsOfTheRootAnswerTheirPeakByName() {
        applier.applyAll(records.callArrives("s1", "0100", "0200").callArrives("s2", "0101", "0200")
                .add(new ConnectionConnected("s1", 1)).add(new ConnectionConnected("s2", 1))
                .add(new ConnectionDisconnected("s1", 1, "")).take());
        today(records.now());
        assertThat(evaluate(db.root(), "incomings.current", "incomings.max('0')", "incomings.count('0')",
                "incoming_GATE.max('0')")).containsExactly("u32 1", "u32 2", "undefined", "u32 2");
    }

    @Test
    void aSessionStatisticIsReachedByNameButNotAListIndexOrAnItemName() {
        applier.applyAll(records.callArrives("s1", "0100", "0200")
                .add(new SessionAddStatistic("s1", "core_version", "v2")).take());
        DbObject call = session("s1");
        assertThat(evaluate(call, "core_version.value", "core_version.object_class", "statistics.first.value",
                "statistics.0.value", "statistics.core_version.value", "statistics.count"))
                .containsExactly("v2", "ccenter_dispatch_db_statistic", "v2", "undefined", "undefined", "u32 1");
    }

    @Test
    void filtersDoNotSeeStatisticsByName() throws Exception {
        applier.applyAll(records.agentLogsIn("user_1", "ann", "Ann", 41, "Agent").take());
        DbObject ann = user("ann");
        assertThat(Filter.parse(".[logged/current eq 1]").matches(ann, TestRecords.OFFSET, Visits.NONE)).isFalse();
        assertThat(Filter.parse(".[login eq 'ann']").matches(ann, TestRecords.OFFSET, Visits.NONE)).isTrue();
    }
}
