package io.cccpexplorer.dashboard.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.client.model.SessionEvent;
import io.cccpexplorer.history.CallPage;
import io.cccpexplorer.history.CallSearch;
import io.cccpexplorer.client.model.CallDisposition;
import io.cccpexplorer.history.QueueFigures;
import io.cccpexplorer.history.QueueReportQuery;
import io.cccpexplorer.history.ReportInterval;
import io.cccpexplorer.history.StoredCall;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.RlogRecorder;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionDisconnected;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.SessionDelete;
import io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate;
import io.cccpexplorer.simulator.traffic.SyntheticTraffic;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log import over a Logger folder synthesized by our own traffic generator and RLOG recorder (never sample
 * logs), part of it compressed to {@code .bz2} as the Logger hosts do: every call of the logs is stored once, ended or
 * open; a second import is skipped; a forced one changes nothing.
 */
class LogImportTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate DAY = LocalDate.of(2026, 2, 9);

    @TempDir
    Path dir;

    @Test
    void importsEveryCallOnceAndAgainChangesNothing() throws Exception {
        Path logs = dir.resolve("Logger");
        Set<String> callSessions = new HashSet<>();
        int compressed = 0;
        Instant start = Instant.parse("2026-02-09T08:00:00Z");
        // enough for every disposition; the writes are slow on a loaded machine
        Instant end = Instant.parse("2026-02-09T08:40:00Z");
        SyntheticTraffic traffic = new SyntheticTraffic(TrafficProfile.SMALL.withProject("ACME"), 7, start,
                ZoneOffset.ofHours(1));
        try (RlogRecorder recorder = new RlogRecorder(logs, traffic.source())) {
            for (Instant t = start.plusSeconds(60); !t.isAfter(end); t = t.plusSeconds(60)) {
                for (RlogEntry e : traffic.advanceTo(t)) {
                    RlogEntry written = recorder.record(e);
                    if (written.record() instanceof SessionCreate c && c.sessionType() == 1) {
                        callSessions.add(c.sessionId());
                    }
                }
            }
        }
        // the Logger host's rotation compresses closed hours: the first hour is read from .bz2 files
        try (var paths = Files.walk(logs)) {
            for (Path file : paths.filter(p -> p.getFileName().toString().equals("log_2026_02_09__08_00_00.log"))
                    .toList()) {
                try (OutputStream bz = new BZip2CompressorOutputStream(Files.newOutputStream(
                        file.resolveSibling(file.getFileName() + ".bz2")))) {
                    Files.copy(file, bz);
                }
                Files.delete(file);
                compressed++;
            }
        }
        assertThat(compressed).isPositive();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HistoryService history = HistoryService.open(HistorySettings.embedded(PARIS), dir.resolve("data"),
                Optional.empty(), Clock.systemUTC())) {
            LogImport importer = new LogImport(history, new PrintStream(out, true, StandardCharsets.UTF_8));
            List<LogImport.DayResult> first = importer.run("ACME", logs, DAY, DAY, false);
            assertThat(first).hasSize(1);
            assertThat(first.get(0).skipped()).isFalse();
            assertThat(first.get(0).records()).isPositive();

            List<StoredCall> stored = all(history);
            assertThat(stored).extracting(StoredCall::sessionId).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(callSessions);
            assertThat(stored).filteredOn(StoredCall::open).allMatch(c -> c.end() == null);
            assertThat(stored).filteredOn(c -> !c.open()).allMatch(c -> c.end() != null)
                    .isNotEmpty();
            assertThat(stored).anyMatch(c -> c.disposition() == CallDisposition.ANSWERED);
            // each call's console rows: its session's events, read from the replay as the live console reads them
            for (StoredCall c : stored) {
                List<SessionEvent> rows = history.calls().events("ACME", c.sessionId());
                assertThat(rows).as("console rows of %s", c.sessionId()).isNotEmpty()
                        .allMatch(e -> e.date() != null && e.name() != null);
                assertThat(rows).extracting(e -> e.date().toInstant()).isSorted();
            }
            List<SessionEvent> firstRows = history.calls().events("ACME", stored.get(0).sessionId());
            List<QueueFigures> before = history.reports().queues(new QueueReportQuery("ACME", DAY, DAY,
                    ReportInterval.HOUR, List.of(), null));
            assertThat(before).isNotEmpty();

            assertThat(importer.run("ACME", logs, DAY, DAY, false).get(0).skipped()).isTrue();
            importer.run("ACME", logs, DAY, DAY, true);
            assertThat(all(history)).containsExactlyInAnyOrderElementsOf(stored);
            assertThat(history.calls().events("ACME", stored.get(0).sessionId())).isEqualTo(firstRows);
            assertThat(history.reports().queues(new QueueReportQuery("ACME", DAY, DAY, ReportInterval.HOUR,
                    List.of(), null))).isEqualTo(before);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("ACME 2026-02-09 [").contains("already imported");
    }

    /**
     * The model reports a call when its session ends, not at the caller's hang-up: logs that end between the two (the
     * last calls of a range, a session kept for a post-call menu) still store the call, ended, with the end the data
     * gives, not open and not missing.
     */
    @Test
    void aCallWhoseSessionHadNotEndedWhenTheDataEndsIsStoredEnded() throws Exception {
        Path logs = dir.resolve("Logger");
        Set<String> callSessions = new HashSet<>();
        String hungUp = null;
        Instant start = Instant.parse("2026-02-09T08:00:00Z");
        SyntheticTraffic traffic = new SyntheticTraffic(TrafficProfile.SMALL.withProject("ACME"), 7, start,
                ZoneOffset.ofHours(1));
        try (RlogRecorder recorder = new RlogRecorder(logs, traffic.source())) {
            for (Instant t = start.plusSeconds(60); !t.isAfter(start.plusSeconds(1200)); t = t.plusSeconds(60)) {
                for (RlogEntry e : traffic.advanceTo(t)) {
                    if (e.record() instanceof SessionCreate c && c.sessionType() == 1) {
                        callSessions.add(c.sessionId());
                    }
                    if (hungUp == null && e.record() instanceof ConnectionDisconnected d
                            && callSessions.contains(d.sessionId())) {
                        hungUp = d.sessionId();   // the first call to hang up: its session never ends in these logs
                    }
                    boolean endOfHungUp = e.record() instanceof SessionTerminate end && end.sessionId().equals(hungUp)
                            || e.record() instanceof SessionDelete delete && delete.sessionId().equals(hungUp);
                    if (!endOfHungUp) {
                        recorder.record(e);
                    }
                }
            }
        }
        assertThat(hungUp).isNotNull();
        try (HistoryService history = HistoryService.open(HistorySettings.embedded(PARIS), dir.resolve("data"),
                Optional.empty(), Clock.systemUTC())) {
            new LogImport(history, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                    .run("ACME", logs, DAY, DAY, false);
            List<StoredCall> stored = all(history);
            assertThat(stored).extracting(StoredCall::sessionId).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(callSessions);
            String id = hungUp;
            assertThat(stored).filteredOn(c -> c.sessionId().equals(id)).singleElement().satisfies(c -> {
                assertThat(c.open()).isFalse();
                assertThat(c.end()).as("the caller's hang-up").isNotNull();
                assertThat(c.disposition()).isNotNull();
            });
        }
    }

    /**
     * The day's count of agent intervals is the number of intervals stored. This day's seven extra intervals were not
     * what the count's first fix (2026-12-07) took them for, a re-opened wrap-up reported twice, but an agent
     * available for 0.2–0.3 ms before ringing: the ringing started in the same millisecond and took the store's key
     * (session, start to the millisecond) and row; neither writer stores such an interval now
     * ({@code ModelRecords.storable}). A re-opened wrap-up, reported again with its start, is counted once too
     * ({@code AgentSessions.interval}).
     */
    @Test
    void theIntervalCountIsTheNumberOfIntervalsStored() throws Exception {
        SyntheticLogDay logs = SyntheticLogDay.write(dir.resolve("Logger"), Instant.parse("2026-02-09T08:00:00Z"),
                Instant.parse("2026-02-09T08:30:00Z"), ZoneOffset.ofHours(1), LiveEqualsImportTest.BUSY);
        try (HistoryService history = HistoryService.open(HistorySettings.embedded(PARIS), dir.resolve("data"),
                Optional.empty(), Clock.systemUTC())) {
            LogImport.DayResult day = new LogImport(history, new PrintStream(OutputStream.nullOutputStream()))
                    .run("ACME", logs.root(), DAY, DAY, false).get(0);
            int stored = LiveEqualsImportTest.rows(history, "SELECT session_id, start_ms FROM agent_intervals").size();
            assertThat(stored).isGreaterThan(30);
            assertThat(day.intervals()).as("agent intervals imported").isEqualTo(stored);
        }
    }

    static List<StoredCall> all(HistoryService history) {
        List<StoredCall> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            CallPage p = history.calls().search(new CallSearch("ACME", DAY, DAY, null, null, null, null, null, null,
                    page, CallSearch.MAX_PAGE_SIZE));
            all.addAll(p.calls());
            if (!p.more()) {
                return all;
            }
        }
    }
}
