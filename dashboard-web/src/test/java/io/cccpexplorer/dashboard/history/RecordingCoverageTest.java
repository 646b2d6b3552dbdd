package io.cccpexplorer.dashboard.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.ManualClock;
import io.cccpexplorer.history.HistoryGap;
import io.cccpexplorer.history.QueueFigures;
import io.cccpexplorer.history.QueueReportQuery;
import io.cccpexplorer.history.ReportInterval;
import io.cccpexplorer.history.StoredCall;
import io.cccpexplorer.history.WriterLease;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dashboard restarted mid-day (injected clock, the store and import work run on the caller's thread): the span
 * it did not record is imported from the logs when a Logger directory is configured, else kept and reported as a
 * gap; filling it again, or recording it live too, counts nothing twice.
 */
class RecordingCoverageTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate DAY = LocalDate.of(2026, 2, 9);

    @TempDir
    Path dir;

    HistoryService open(ManualClock clock) {
        return HistoryService.open(HistorySettings.embedded(PARIS).withNodeId("node-a"), dir.resolve("data"),
                Optional.empty(), clock);
    }

    static RecordingCoverage coverage(HistoryService history, Optional<Path> logs, ManualClock clock) {
        return new RecordingCoverage(history, logs, clock, Runnable::run, Runnable::run,
                (project, root, from, to, today) -> new LogImport(history,
                        new PrintStream(OutputStream.nullOutputStream())).fill(project, root, from, to, today));
    }

    @Test
    void aRestartWithoutLogsKeepsTheUnrecordedSpanAsAGapThatReportsShow() {
        ManualClock clock = ManualClock.utc("2026-02-09T08:00:00Z");
        try (HistoryService history = open(clock)) {
            RecordingCoverage first = coverage(history, Optional.empty(), clock);
            first.observe(Set.of("ACME"));            // recorded for the first time: nothing before it is missing
            assertThat(history.missing()).isEmpty();
            clock.advance(Duration.ofMinutes(5));
            first.observe(Set.of("ACME"));            // the run's end moves forward: 08:05
            Instant lastRecorded = clock.instant();
            clock.advance(Duration.ofSeconds(5));     // then the process dies: nothing more is written

            clock.advance(Duration.ofMinutes(30));
            Instant restart = clock.instant();
            coverage(history, Optional.empty(), clock).observe(Set.of("ACME"));

            assertThat(history.missing()).singleElement().satisfies(g -> {
                assertThat(g.project()).isEqualTo("ACME");
                assertThat(g.from()).isEqualTo(lastRecorded);
                assertThat(g.to()).isEqualTo(restart);
                assertThat(g.state()).isEqualTo(HistoryGap.State.GAP);
                assertThat(g.reason()).contains("DASHBOARD_LOGS_ROOT");
            });
            assertThat(history.gaps("ACME", DAY, DAY)).singleElement().satisfies(g -> {
                assertThat(g.get("from")).isEqualTo("2026-02-09T09:05+01:00");
                assertThat(g.get("to")).isEqualTo("2026-02-09T09:35:05+01:00");
                assertThat(g.get("state")).isEqualTo("gap");
            });
            assertThat(history.gaps("ACME", DAY.plusDays(1), DAY.plusDays(1))).isEmpty();
            assertThat(history.gaps("OTHER", DAY, DAY)).isEmpty();
            assertThat(history.health()).extractingByKey("gaps").asList().hasSize(1);
        }
    }

    @Test
    void noGapWhileAnotherNodeHoldsTheProjectsLeaseAndNoneForAProjectNeverRecorded() {
        ManualClock clock = ManualClock.utc("2026-02-09T08:00:00Z");
        try (HistoryService history = open(clock)) {
            coverage(history, Optional.empty(), clock).observe(Set.of("ACME"));
            clock.advance(Duration.ofMinutes(10));
            // another node writes ACME (its lease is live): a node starting now has no hole of its own
            assertThat(new WriterLease(history.database(), "node-b", WriterLease.DEFAULT_LENGTH, clock)
                    .acquire("ACME")).isTrue();
            coverage(history, Optional.empty(), clock).observe(Set.of("ACME", "NEW"));
            assertThat(history.missing()).isEmpty();
        }
    }

    @Test
    void aConnectionThatDropsEndsTheRunAndComingBackReportsTheSpanInBetween() {
        ManualClock clock = ManualClock.utc("2026-02-09T08:00:00Z");
        try (HistoryService history = open(clock)) {
            RecordingCoverage c = coverage(history, Optional.empty(), clock);
            c.observe(Set.of("ACME"));
            clock.advance(Duration.ofSeconds(2));
            c.observe(Set.of("ACME"));
            Instant lastLive = clock.instant();
            clock.advance(Duration.ofSeconds(2));
            c.observe(Set.of());                      // the server connection is down
            clock.advance(Duration.ofMinutes(3));
            c.observe(Set.of("ACME"));                // back
            assertThat(history.missing()).singleElement().satisfies(g -> {
                assertThat(g.from()).isEqualTo(lastLive);
                assertThat(g.to()).isEqualTo(clock.instant());
            });
        }
    }

    @Test
    void aRestartWithLogsImportsTheUnrecordedSpanOnceAndAgainChangesNothing() throws Exception {
        SyntheticLogDay logs = SyntheticLogDay.write(dir.resolve("Logger"), Instant.parse("2026-02-09T08:00:00Z"),
                Instant.parse("2026-02-09T08:20:00Z"), ZoneOffset.ofHours(1));
        ManualClock clock = ManualClock.utc("2026-02-09T07:59:00Z");
        try (HistoryService history = open(clock)) {
            coverage(history, Optional.of(logs.root()), clock).observe(Set.of("ACME")); // live until 07:59, then down
            clock.advance(Duration.ofMinutes(30));
            coverage(history, Optional.of(logs.root()), clock).observe(Set.of("ACME")); // restarted at 08:29

            assertThat(history.missing()).isEmpty();
            assertThat(history.coverage().all("ACME")).singleElement()
                    .satisfies(g -> assertThat(g.state()).isEqualTo(HistoryGap.State.FILLED));
            List<StoredCall> stored = LogImportTest.all(history);
            assertThat(stored).isNotEmpty().extracting(StoredCall::sessionId).doesNotHaveDuplicates()
                    .allMatch(logs.created()::containsKey);
            // today's calls still going at the end of the logs are the live recorder's (it has them): not stored
            // open by the fill; and today is not marked imported (its logs are still being written)
            assertThat(stored).noneMatch(StoredCall::open);
            assertThat(history.imports().done("ACME", DAY)).isFalse();
            List<QueueFigures> figures = queues(history);
            assertThat(figures).isNotEmpty();

            // restarted again: the new span is filled from the same day's logs; nothing counts twice
            clock.advance(Duration.ofMinutes(5));
            coverage(history, Optional.of(logs.root()), clock).observe(Set.of("ACME"));
            assertThat(history.coverage().all("ACME")).hasSize(2)
                    .allMatch(g -> g.state() == HistoryGap.State.FILLED);
            assertThat(LogImportTest.all(history)).containsExactlyInAnyOrderElementsOf(stored);
            assertThat(queues(history)).isEqualTo(figures);
            // and the live recorder writing one of those calls again (it saw it end) changes nothing either
            history.writer().write(new io.cccpexplorer.history.HistoryBatch("ACME", List.of(stored.get(0)), Map.of(),
                    List.of(), List.of()));
            assertThat(queues(history)).isEqualTo(figures);
        }
    }

    @Test
    void gapsWaitingForTheSameProjectsImportShareOne() throws Exception {
        ManualClock clock = ManualClock.utc("2026-02-09T08:00:00Z");
        List<Runnable> queued = new ArrayList<>();
        List<LocalDate[]> imported = new ArrayList<>();
        try (HistoryService history = open(clock)) {
            RecordingCoverage.Filler filler = (project, root, from, to, today) -> {
                imported.add(new LocalDate[] {from, to});
                return List.of(new LogImport.DayResult(from, 1, 10, 1, 0, 0, false));
            };
            RecordingCoverage c = new RecordingCoverage(history, Optional.of(dir), clock, Runnable::run, queued::add,
                    filler);
            c.observe(Set.of("ACME"));
            for (int i = 0; i < 3; i++) { // a flapping connection: three gaps while the first import waits
                clock.advance(Duration.ofSeconds(20));
                c.observe(Set.of());
                clock.advance(Duration.ofSeconds(20));
                c.observe(Set.of("ACME"));
            }
            assertThat(history.missing()).hasSize(3).allMatch(g -> g.state() == HistoryGap.State.FILLING);
            assertThat(queued).hasSize(1);
            queued.get(0).run();
            assertThat(imported).hasSize(1);
            assertThat(history.missing()).isEmpty();
            assertThat(history.coverage().all("ACME")).hasSize(3).allMatch(g -> g.state() == HistoryGap.State.FILLED);
        }
    }

    @Test
    void aGapWhoseDaysHaveNoLogFilesStaysAGapWithWhy() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("Logger"));
        ManualClock clock = ManualClock.utc("2026-02-09T07:59:00Z");
        try (HistoryService history = open(clock)) {
            coverage(history, Optional.of(dir.resolve("Logger")), clock).observe(Set.of("ACME"));
            clock.advance(Duration.ofMinutes(30));
            coverage(history, Optional.of(dir.resolve("Logger")), clock).observe(Set.of("ACME"));
            assertThat(history.missing()).singleElement().satisfies(g -> {
                assertThat(g.state()).isEqualTo(HistoryGap.State.GAP);
                assertThat(g.reason()).contains("no log files").contains("2026-02-09");
            });
        }
    }

    @Test
    void aFillThatFailsStaysAGapWithTheImportsReason() throws Exception {
        ManualClock clock = ManualClock.utc("2026-02-09T07:59:00Z");
        RecordingCoverage.Filler failing = (project, root, from, to, today) -> {
            throw new IllegalStateException(project + " " + from + ": the model could not keep up with the replay");
        };
        try (HistoryService history = open(clock)) {
            new RecordingCoverage(history, Optional.of(dir), clock, Runnable::run, Runnable::run, failing)
                    .observe(Set.of("ACME"));
            clock.advance(Duration.ofMinutes(30));
            new RecordingCoverage(history, Optional.of(dir), clock, Runnable::run, Runnable::run, failing)
                    .observe(Set.of("ACME"));
            assertThat(history.missing()).singleElement().satisfies(g -> {
                assertThat(g.state()).isEqualTo(HistoryGap.State.GAP);
                assertThat(g.reason()).contains("the import from the logs failed")
                        .contains("could not keep up");
            });
            assertThat(history.imports().done("ACME", DAY)).isFalse();
        }
    }

    static List<QueueFigures> queues(HistoryService history) {
        return history.reports().queues(new QueueReportQuery("ACME", DAY, DAY, ReportInterval.HOUR, List.of(),
                null));
    }
}
