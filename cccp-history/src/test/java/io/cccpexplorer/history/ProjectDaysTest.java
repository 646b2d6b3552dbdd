package io.cccpexplorer.history;

import static io.cccpexplorer.history.Calls.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each project in its own zone and day start, in one store: {@link Calls#PROJECT} works at UTC+10 (Brisbane, no
 * summer time) with days from 06:00, {@code OTHER} in Paris from midnight. A call at 05:30 local belongs to the
 * previous business day; interval rows are labelled in the project's local time with its offset.
 */
class ProjectDaysTest {

    static final ZoneId BRISBANE = ZoneId.of("Australia/Brisbane");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String OTHER = "OTHER";
    static final ProjectSlots SLOTS = project -> project.equals(PROJECT)
            ? new Slots(BRISBANE, LocalTime.of(6, 0)) : new Slots(PARIS);
    static final LocalDate DAY = LocalDate.of(2026, 2, 10);

    @TempDir
    Path dir;

    static Instant brisbane(String localTime) {
        return LocalDateTime.parse(localTime).atZone(BRISBANE).toInstant();
    }

    /** Queued at {@code queued}, answered after 10 s by alice, 60 s of talk. */
    static StoredCall call(String id, Instant queued) {
        return Calls.answered(id, queued, 0, "SALES", 10, "alice", 60, "0611111111");
    }

    static StoredCall inProject(String project, StoredCall c) {
        return new StoredCall(project, c.sessionId(), c.direction(), c.caller(), c.called(), c.ivrEntry(), c.queue(),
                c.queues(), c.agent(), c.agents(), c.start(), c.queued(), c.answered(), c.end(), c.disposition(),
                c.waited(), c.talk(), c.hold(), c.wrapUp());
    }

    static void write(HistoryDatabase db, String project, List<StoredCall> calls, List<AgentInterval> intervals) {
        new HistoryWriter(db, SLOTS, ServiceTargets.DEFAULT).write(new HistoryBatch(project, calls, Map.of(),
                intervals, List.of()));
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aCallBeforeTheDayStartBelongsToThePreviousBusinessDay(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            write(store.db(), PROJECT, List.of(
                    call("early", brisbane("2026-02-10T05:50:00")),   // business day Feb 9
                    call("first", brisbane("2026-02-10T06:10:00")),   // Feb 10
                    call("night", brisbane("2026-02-11T05:30:00"))),  // still Feb 10
                    List.of());
            HistoryReports reports = new HistoryReports(store.db(), SLOTS);

            List<QueueFigures> day = reports.queues(new QueueReportQuery(PROJECT, DAY, DAY, ReportInterval.DAY,
                    List.of(), null));
            assertThat(day).singleElement().satisfies(f -> {
                assertThat(f.interval()).isEqualTo(OffsetDateTime.parse("2026-02-10T06:00+10:00"));
                assertThat(f.offered()).isEqualTo(2);
            });
            List<QueueFigures> hours = reports.queues(new QueueReportQuery(PROJECT, DAY, DAY, ReportInterval.HOUR,
                    List.of(), null));
            assertThat(hours).extracting(QueueFigures::interval).containsExactly(
                    OffsetDateTime.parse("2026-02-10T06:00+10:00"), OffsetDateTime.parse("2026-02-11T05:00+10:00"));
            assertThat(reports.queues(new QueueReportQuery(PROJECT, DAY.minusDays(1), DAY.minusDays(1),
                    ReportInterval.DAY, List.of(), null))).singleElement()
                    .satisfies(f -> assertThat(f.offered()).isEqualTo(1));

            CallPage page = new CallRecords(store.db(), SLOTS).search(new CallSearch(PROJECT, DAY, DAY, null, null,
                    null, null, null, null, 0, 50));
            assertThat(page.calls()).extracting(StoredCall::sessionId).containsExactly("first", "night");
            // the agent's calls count on the same business days
            assertThat(reports.agents(new AgentReportQuery(PROJECT, DAY, DAY, ReportInterval.DAY, List.of())))
                    .singleElement().satisfies(f -> assertThat(f.handled()).isEqualTo(2));
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void weeksAndMonthsStartAtTheDayStartOfTheirFirstDay(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            write(store.db(), PROJECT, List.of(call("sunday-night", brisbane("2026-02-02T05:00:00")),
                    call("monday", brisbane("2026-02-02T09:00:00"))), List.of());
            HistoryReports reports = new HistoryReports(store.db(), SLOTS);
            // 05:00 on Monday Feb 2 is still Sunday Feb 1: the week before, and February's month
            assertThat(reports.queues(new QueueReportQuery(PROJECT, LocalDate.of(2026, 1, 26), LocalDate.of(2026, 2, 8),
                    ReportInterval.WEEK, List.of(), null))).extracting(QueueFigures::interval, QueueFigures::offered)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(OffsetDateTime.parse("2026-01-26T06:00+10:00"),
                            1),
                            org.assertj.core.groups.Tuple.tuple(OffsetDateTime.parse("2026-02-02T06:00+10:00"), 1));
            assertThat(reports.queues(new QueueReportQuery(PROJECT, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28),
                    ReportInterval.MONTH, List.of(), null))).singleElement().satisfies(f -> {
                        assertThat(f.interval()).isEqualTo(OffsetDateTime.parse("2026-02-01T06:00+10:00"));
                        assertThat(f.offered()).isEqualTo(2);
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void anAgentIntervalAcrossTheDayStartCountsInBothDays(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            write(store.db(), PROJECT, List.of(), List.of(new AgentInterval(PROJECT, "user_1@x", "alice", "available",
                    "", brisbane("2026-02-11T05:00:00"), brisbane("2026-02-11T07:00:00"))));
            HistoryReports reports = new HistoryReports(store.db(), SLOTS);
            assertThat(reports.agents(new AgentReportQuery(PROJECT, DAY, DAY.plusDays(1), ReportInterval.DAY,
                    List.of()))).extracting(AgentFigures::interval, AgentFigures::availableS).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(OffsetDateTime.parse("2026-02-10T06:00+10:00"), 3600.0),
                    org.assertj.core.groups.Tuple.tuple(OffsetDateTime.parse("2026-02-11T06:00+10:00"), 3600.0));
        }
    }

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void twoProjectsInOneStoreKeepTheirOwnDays(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            // the same instant: 05:30 on Feb 11 in Brisbane (business day Feb 10), 20:30 on Feb 10 in Paris
            Instant t = brisbane("2026-02-11T05:30:00");
            write(store.db(), PROJECT, List.of(call("acme", t)), List.of());
            write(store.db(), OTHER, List.of(inProject(OTHER, call("other", t))), List.of());
            HistoryReports reports = new HistoryReports(store.db(), SLOTS);
            assertThat(reports.queues(new QueueReportQuery(OTHER, DAY, DAY, ReportInterval.HOUR, List.of(), null)))
                    .extracting(QueueFigures::interval)
                    .containsExactly(OffsetDateTime.parse("2026-02-10T20:00+01:00"));
            assertThat(reports.queues(new QueueReportQuery(OTHER, DAY, DAY, ReportInterval.DAY, List.of(), null)))
                    .extracting(QueueFigures::interval)
                    .containsExactly(OffsetDateTime.parse("2026-02-10T00:00+01:00"));
            assertThat(new CallRecords(store.db(), SLOTS).search(new CallSearch(PROJECT, DAY, DAY, null, null, null,
                    null, null, null, 0, 50)).calls()).extracting(StoredCall::sessionId).containsExactly("acme");
        }
    }
}
