package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccpexplorer.dashboard.SseReader;
import io.cccpexplorer.dashboard.TestBrowser;
import io.cccpexplorer.dashboard.TestDashboard;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The intraday chart on the server: {@code /api/kpis/series} holds every point since the day started, a {@code kpi}
 * push carries exactly the one point just taken, and the curve outlives the project's hub (an idle close).
 * The chart's cadence is configured at 150 ms so that a test sees many points in a few seconds.
 */
class IntradayCurveTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static TestDashboard dashboard;

    @BeforeAll
    static void start() {
        dashboard = new TestDashboard(b -> b.kpiEvery(Duration.ofMillis(150)).zone(ZoneId.of("Europe/Paris"))
                .feedIdleTimeout(Duration.ZERO));
    }

    @AfterAll
    static void stop() {
        dashboard.close();
    }

    @Test
    void aKpiPushCarriesOnePointThatTheSeriesAlsoHolds() throws Exception {
        TestBrowser b = dashboard.browser();
        try (SseReader sse = SseReader.open(b, "/api/events/stream?project=ACME", null)) {
            SseReader.Frame kpi = sse.until(f -> "kpi".equals(f.event()), WAIT);
            JsonNode item = new ObjectMapper().readTree(kpi.data()).path("item");
            assertThat(item.has("series")).as("no whole series in a push").isFalse();
            JsonNode point = item.path("point");
            assertThat(point.path("t").asLong()).isPositive();
            assertThat(point.path("waiting").asInt()).isEqualTo(1);   // the seeded queue's counter
            assertThat(point.has("calls_in_progress")).isTrue();
            assertThat(point.has("service_level")).isTrue();

            JsonNode curve = b.get("/api/kpis/series?project=ACME").json();
            assertThat(curve.path("time_zone").asText()).isEqualTo("Europe/Paris");
            assertThat(curve.path("day_start").asText()).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00\\+0[12]:00");
            assertThat(curve.path("every_seconds").asDouble()).isEqualTo(0.15);
            assertThat(curve.path("points").findValuesAsText("t")).contains(point.path("t").asText());
        }
    }

    @Test
    void theCurveGrowsAndSurvivesTheProjectClosingWhenIdle() throws Exception {
        TestBrowser b = dashboard.browser();
        int before = awaitPoints(b, 5);
        // nobody streams BETA and the idle timeout is zero: its hub closes, its feed with it
        dashboard.server().hubs().closeIdle();
        assertThat(dashboard.server().hubs().open()).extracting(h -> h.project()).doesNotContain("BETA");
        JsonNode after = b.get("/api/kpis/series?project=BETA").json();   // opens BETA again
        assertThat(after.path("points").size()).isGreaterThanOrEqualTo(before);
        long first = after.path("points").get(0).path("t").asLong();
        awaitPoints(b, before + 3);
        assertThat(b.get("/api/kpis/series?project=BETA").json().path("points").get(0).path("t").asLong())
                .as("the day's first point is still the first").isEqualTo(first);
        assertThat(b.get("/api/status?project=BETA").json().path("time_zone").asText()).isEqualTo("Europe/Paris");
    }

    @Test
    void anUnknownProjectHasNoCurve() {
        assertThat(dashboard.browser().get("/api/kpis/series?project=NOPE").errorCode()).isEqualTo("project_not_found");
        assertThat(dashboard.browser().get("/api/kpis/series").errorCode()).isEqualTo("project_required");
    }

    private static int awaitPoints(TestBrowser b, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        int n;
        do {
            n = b.get("/api/kpis/series?project=BETA").json().path("points").size();
            if (n >= atLeast) {
                return n;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("BETA's curve has " + n + " points, expected at least " + atLeast);
    }
}
