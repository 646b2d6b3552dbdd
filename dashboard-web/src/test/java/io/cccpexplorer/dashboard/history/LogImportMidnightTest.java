package io.cccpexplorer.dashboard.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.history.CallPage;
import io.cccpexplorer.history.CallSearch;
import io.cccpexplorer.history.StoredCall;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.RlogRecorder;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionDisconnected;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.SessionDelete;
import io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate;
import io.cccpexplorer.simulator.traffic.DayCurve;
import io.cccpexplorer.simulator.traffic.SyntheticTraffic;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Importing the two days around a project's midnight (traffic 23:30-00:30 local; in Paris and in UTC, where the
 * import used to cut its days): a call across midnight is one call with its real start and end, not one call per
 * day; the calls still going when the data ends stay open without an end; importing the first day again does not
 * turn a call the second day ended back into an open one.
 */
class LogImportMidnightTest {

    static final LocalDate FIRST = LocalDate.of(2026, 2, 9);
    static final LocalDate SECOND = FIRST.plusDays(1);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Paris", "UTC"})
    void aCallAcrossMidnightIsOneCallWithItsRealTimes(String zoneId) throws Exception {
        ZoneId zone = ZoneId.of(zoneId);
        Instant midnight = SECOND.atStartOfDay(zone).toInstant();
        // calls all night (an office day's night has one or two an hour, and whether one spans midnight would be
        // the seed's luck): about ten calls are going at midnight
        SyntheticLogDay logs = SyntheticLogDay.write(dir.resolve("Logger"), midnight.minusSeconds(1800),
                midnight.plusSeconds(1800), zone.getRules().getOffset(midnight),
                TrafficProfile.SMALL.withCurve(DayCurve.FLAT).withCallsPerHour(120));
        try (HistoryService history = HistoryService.open(HistorySettings.embedded(zone), dir.resolve("data"),
                Optional.empty(), Clock.systemUTC())) {
            LogImport importer = new LogImport(history, new PrintStream(OutputStream.nullOutputStream()));
            importer.run("ACME", logs.root(), FIRST, SECOND, false);

            List<StoredCall> stored = all(history);
            assertThat(stored).extracting(StoredCall::sessionId).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(logs.created().keySet());
            for (StoredCall c : stored) { // every call starts when its session was created, on either day
                assertThat(c.start()).as("start of %s", c.sessionId())
                        .isBetween(logs.created().get(c.sessionId()).minusSeconds(1),
                                logs.created().get(c.sessionId()));
            }
            List<StoredCall> across = stored.stream().filter(c -> !c.open() && c.start().isBefore(midnight)
                    && c.end().isAfter(midnight)).toList();
            assertThat(across).as("calls across midnight, ended on the second day").isNotEmpty();
            // (calls still going at 00:30 stay open, with neither end nor disposition)
            assertThat(stored).filteredOn(StoredCall::open).allMatch(c -> c.end() == null && c.disposition() == null);

            importer.run("ACME", logs.root(), FIRST, FIRST, true); // the first day again: its open calls ended since
            assertThat(all(history)).containsExactlyInAnyOrderElementsOf(stored);
        }
    }

    /**
     * A call whose caller hung up before the imported day's end but whose session ended after it (the model reports a
     * call at its session's end, which the day's import does not reach: it stops applying records at the day's end,
     * so that end is the data's end for its model): the day's import stores it, ended at the hang-up, as when the
     * logs themselves end there. Importing the next day then writes it as the model reports it, ended at its
     * session's end ({@code Call.end}: {@code terminate_date}, else the hang-up), and the two days imported in
     * either order leave the same row. In Paris the day ends with an hour file; in Kolkata (UTC+05:30) inside one,
     * whose later records the day's import reads and leaves to the next day.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Europe/Paris", "Asia/Kolkata"})
    void aCallOverForItsCallerBeforeTheDaysEndIsStoredByThatDay(String zoneId) throws Exception {
        ZoneId zone = ZoneId.of(zoneId);
        Instant midnight = SECOND.atStartOfDay(zone).toInstant();
        Path root = dir.resolve("Logger");
        Set<String> callSessions = new HashSet<>();
        String hungUp = null;
        Instant hungUpAt = null;
        List<RlogEntry> held = new ArrayList<>();
        Instant start = midnight.minusSeconds(1800);
        SyntheticTraffic traffic = new SyntheticTraffic(TrafficProfile.SMALL.withProject("ACME")
                .withCurve(DayCurve.FLAT).withCallsPerHour(120), 7, start, zone.getRules().getOffset(midnight));
        try (RlogRecorder recorder = new RlogRecorder(root, traffic.source())) {
            for (Instant t = start.plusSeconds(60); !t.isAfter(midnight.plusSeconds(1800)); t = t.plusSeconds(60)) {
                for (RlogEntry e : traffic.advanceTo(t)) {
                    Instant at = e.date().toInstant();
                    if (e.record() instanceof SessionCreate c && c.sessionType() == 1) {
                        callSessions.add(c.sessionId());
                    }
                    if (hungUp == null && e.record() instanceof ConnectionDisconnected d && d.connectionId() == 1
                            && callSessions.contains(d.sessionId()) && !at.isBefore(midnight.minusSeconds(600))) {
                        hungUp = d.sessionId();   // a caller who hangs up in the day's last ten minutes
                        hungUpAt = at;
                    }
                    if (!held.isEmpty() && !at.isBefore(midnight.plusSeconds(300))) {
                        for (RlogEntry end : held) {   // its session ends five minutes into the next day
                            recorder.record(e.date(), end.record());
                        }
                        held.clear();
                    }
                    if (e.record() instanceof SessionTerminate end && end.sessionId().equals(hungUp)
                            || e.record() instanceof SessionDelete delete && delete.sessionId().equals(hungUp)) {
                        held.add(e);
                    } else {
                        recorder.record(e);
                    }
                }
            }
        }
        assertThat(hungUp).isNotNull();
        assertThat(hungUpAt).isBefore(midnight);
        assertThat(held).as("the session's end, recorded after midnight").isEmpty();
        String id = hungUp;
        Instant caller = hungUpAt;
        try (HistoryService forward = HistoryService.open(HistorySettings.embedded(zone), dir.resolve("forward"),
                Optional.empty(), Clock.systemUTC());
             HistoryService reverse = HistoryService.open(HistorySettings.embedded(zone), dir.resolve("reverse"),
                     Optional.empty(), Clock.systemUTC())) {
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            LogImport importer = new LogImport(forward, quiet);
            importer.run("ACME", root, FIRST, FIRST, false);

            StoredCall first = forward.calls().call("ACME", id).orElseThrow(
                    () -> new AssertionError("the call over for its caller at " + caller + " was not stored"));
            assertThat(first.open()).isFalse();
            assertThat(first.disposition()).isNotNull();
            assertThat(first.end()).as("the caller's hang-up").isEqualTo(caller.truncatedTo(ChronoUnit.MILLIS));

            importer.run("ACME", root, SECOND, SECOND, false);
            StoredCall last = forward.calls().call("ACME", id).orElseThrow();
            assertThat(last.end()).as("its session's end").isAfter(midnight);
            assertThat(last.start()).isEqualTo(first.start());
            assertThat(last.disposition()).isEqualTo(first.disposition());
            assertThat(all(forward)).extracting(StoredCall::sessionId).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(callSessions);

            LogImport backwards = new LogImport(reverse, quiet);
            backwards.run("ACME", root, SECOND, SECOND, false);
            backwards.run("ACME", root, FIRST, FIRST, false);
            assertThat(reverse.calls().call("ACME", id)).contains(last);
            assertThat(all(reverse)).containsExactlyInAnyOrderElementsOf(all(forward));
        }
    }

    static List<StoredCall> all(HistoryService history) {
        List<StoredCall> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            CallPage p = history.calls().search(new CallSearch("ACME", FIRST, SECOND, null, null, null, null, null,
                    null, page, CallSearch.MAX_PAGE_SIZE));
            all.addAll(p.calls());
            if (!p.more()) {
                return all;
            }
        }
    }
}
