package io.cccpexplorer.dashboard.history;

import static io.cccpexplorer.dashboard.history.LiveRecorderTest.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.ManualClock;
import io.cccpexplorer.dashboard.view.ChartPoint;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intraday charts kept in the history's store, on embedded H2 and on the real MariaDB that {@code .ci/run}
 * starts: what one run keeps, a restarted one reads back; a point kept twice is one row; old points are purged; a
 * store that fails keeps the points for the next try and never fails the sampling.
 */
class StoredCurvesTest {

    static final Instant T = Instant.parse("2026-02-10T08:00:00Z");

    @TempDir
    Path dir;

    final String schema = "cccp_test_curves_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    final ManualClock clock = ManualClock.utc("2026-02-10T09:00:00Z");

    HistoryService open(boolean mariadb) {
        HistorySettings settings = HistorySettings.embedded(ZoneId.of("Europe/Paris"));
        return mariadb
                ? HistoryService.open(settings.withMysqlSchema(schema), dir, Optional.of(TwoNodesTest.MARIADB), clock)
                : HistoryService.open(settings, dir, Optional.empty(), clock);
    }

    @AfterEach
    void dropSchema() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306", "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
        }
    }

    static ChartPoint at(Instant t, int inProgress, Double serviceLevel) {
        return new ChartPoint(t.toEpochMilli(), inProgress, inProgress / 2, serviceLevel);
    }

    static List<ChartPoint> read(StoredCurves curves, String project, Instant from, Instant to) throws Exception {
        return curves.points(project, from, to).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @ParameterizedTest(name = "mariadb={0}")
    @ValueSource(booleans = {false, true})
    void whatOneRunKeptTheNextReadsBackByProjectAndTime(boolean mariadb) throws Exception {
        try (HistoryService history = open(mariadb)) {
            StoredCurves curves = history.startCurves();
            curves.keep(Map.of("ACME", at(T, 4, null), "BETA", at(T, 1, 0.5)));
            curves.keep(Map.of("ACME", at(T.plusSeconds(10), 6, 0.875)));
            curves.keep(Map.of("ACME", at(T.plusSeconds(10), 6, 0.875)));   // kept twice: one row
            awaitTrue(() -> curves.written() >= 4);
            assertThat(curves.failures()).isZero();
        }
        try (HistoryService restarted = open(mariadb)) {
            StoredCurves curves = restarted.startCurves();
            assertThat(read(curves, "ACME", T, T.plusSeconds(60)))
                    .containsExactly(at(T, 4, null), at(T.plusSeconds(10), 6, 0.875));
            assertThat(read(curves, "ACME", T.plusSeconds(1), T.plusSeconds(60))).containsExactly(
                    at(T.plusSeconds(10), 6, 0.875));
            assertThat(read(curves, "ACME", T, T.plusSeconds(10))).as("up to, not including").containsExactly(
                    at(T, 4, null));
            assertThat(read(curves, "BETA", T, T.plusSeconds(60))).containsExactly(at(T, 1, 0.5));
            assertThat(read(curves, "GAMMA", T, T.plusSeconds(60))).isEmpty();
            assertThat(restarted.health()).extractingByKey("curves").asString().contains("written=0");
        }
    }

    @ParameterizedTest(name = "mariadb={0}")
    @ValueSource(booleans = {false, true})
    void pointsOlderThanADayArePurged(boolean mariadb) throws Exception {
        try (HistoryService history = open(mariadb)) {
            StoredCurves curves = history.startCurves();
            Instant now = clock.instant();
            curves.keep(Map.of("ACME", at(now.minus(StoredCurves.KEPT).minusSeconds(1), 1, null)));
            awaitTrue(() -> curves.written() >= 1);   // written, and purged by the same first flush
            clock.advance(Duration.ofSeconds(10));
            curves.keep(Map.of("ACME", at(now, 2, null)));
            awaitTrue(() -> curves.written() >= 2);
            assertThat(read(curves, "ACME", now.minus(Duration.ofDays(3)), now.plusSeconds(1)))
                    .extracting(ChartPoint::callsInProgress).containsExactly(2);
        }
    }

    @ParameterizedTest(name = "mariadb={0}")
    @ValueSource(booleans = {false, true})
    void aStoreThatFailsKeepsThePointsForTheNextTryAndTheSamplingGoesOn(boolean mariadb) throws Exception {
        HistoryService history = open(mariadb);
        try {
            StoredCurves curves = history.startCurves();
            history.database().close();   // every write fails from now on
            curves.keep(Map.of("ACME", at(T, 1, null)));   // returns at once
            curves.keep(Map.of("ACME", at(T.plusSeconds(10), 2, null)));
            awaitTrue(() -> curves.failures() >= 2);
            assertThat(curves.written()).isZero();
            assertThat(curves.lost()).as("kept for the next try").isZero();
            assertThat(curves.health()).containsEntry("write_failures", curves.failures())
                    .extractingByKey("last_error").isNotNull();
            assertThat(curves.points("ACME", T, T.plusSeconds(60)).toCompletableFuture())
                    .failsWithin(Duration.ofSeconds(30));
        } finally {
            history.close();
        }
    }
}
