package io.cccpexplorer.dashboard.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.history.CallPage;
import io.cccpexplorer.history.CallSearch;
import io.cccpexplorer.history.StoredCall;
import io.cccpexplorer.simulator.traffic.DayCurve;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
