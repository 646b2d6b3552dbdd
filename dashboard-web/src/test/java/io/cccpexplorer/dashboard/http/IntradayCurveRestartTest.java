package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.TestBrowser;
import io.cccpexplorer.dashboard.TestDashboard;
import io.cccpexplorer.dashboard.history.HistorySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dashboard restarted during the day draws the day's curve up to its restart: the points the first run took are
 * kept in the call history's store (embedded here) and read back by the second, which goes on appending its own.
 */
class IntradayCurveRestartTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void aRestartedDashboardHasTheDaysPointsOfTheRunBefore() throws Exception {
        UnaryOperator<DashboardConfig.Builder> config = b -> b.kpiEvery(Duration.ofMillis(150)).dataDir(dir)
                .history(HistorySettings.embedded(ZoneId.of("Europe/Paris")));
        List<Long> before;
        try (TestDashboard first = new TestDashboard(config)) {
            before = awaitPoints(first.browser(), 5);
        }
        try (TestDashboard second = new TestDashboard(config)) {
            TestBrowser b = second.browser();
            List<Long> after = times(b.get("/api/kpis/series?project=ACME").json());
            assertThat(after).as("the first run's points, first").startsWith(before.toArray(Long[]::new));
            long restart = after.get(after.size() - 1);
            List<Long> later = awaitPoints(b, after.size() + 2);
            assertThat(later).startsWith(before.toArray(Long[]::new)).isSorted();
            assertThat(later.get(later.size() - 1)).as("the second run's own points after them")
                    .isGreaterThanOrEqualTo(restart);
            assertThat(b.get("/health").json().path("checks").path("history").path("curves").path("written")
                    .asLong()).isPositive();
            String metrics = b.get("/metrics").body();
            assertThat(metrics)
                    .containsPattern("(?m)^cccp_history_curve_points_total\\{outcome=\"written\"[^}]*} [1-9]")
                    .containsPattern("(?m)^cccp_history_curve_points_total\\{outcome=\"lost\"[^}]*} 0")
                    .containsPattern("(?m)^cccp_history_rows_total\\{outcome=\"lost\"[^}]*} 0")
                    .containsPattern("(?m)^cccp_history_write_failures_total 0");
        }
    }

    private static List<Long> awaitPoints(TestBrowser b, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<Long> t;
        do {
            t = times(b.get("/api/kpis/series?project=ACME").json());
            if (t.size() >= atLeast) {
                return t;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("ACME's curve has " + t.size() + " points, expected at least " + atLeast);
    }

    private static List<Long> times(JsonNode curve) {
        List<Long> t = new ArrayList<>();
        curve.path("points").forEach(p -> t.add(p.path("t").asLong()));
        return t;
    }
}
