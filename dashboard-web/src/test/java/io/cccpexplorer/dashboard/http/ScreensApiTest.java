package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccpexplorer.dashboard.ModelRecords;
import io.cccpexplorer.dashboard.SseReader;
import io.cccpexplorer.dashboard.TestBrowser;
import io.cccpexplorer.dashboard.TestDashboard;
import io.cccpexplorer.dashboard.alerts.AlertSettings;
import io.cccpexplorer.dashboard.config.ServerEntry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/alerts}, {@code /api/alerts/ack}, the {@code alert} SSE event and {@code /api/overview}. */
class ScreensApiTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestDashboard dashboard;

    @BeforeAll
    static void start() {
        dashboard = new TestDashboard(b -> b
                .server(new ServerEntry("GAMMA", "192.0.2.12", 20463, 0, null, ServerEntry.Source.CONFIG))
                .server(new ServerEntry("PINNED", "192.0.2.13", 20563, 0, null, ServerEntry.Source.CONFIG))
                .pinnedProjects(List.of("PINNED"))
                .alerts(AlertSettings.parse(Map.of("alerts", "off", "alert.*/*.waiting", "warn 2 alarm 3 clear 0s"))));
    }

    @AfterAll
    static void stop() {
        dashboard.close();
    }

    private static void setWaiting(String project, int waiting) {
        OffsetDateTime now = OffsetDateTime.now(TestDashboard.PARIS);
        dashboard.feed(project).putQueue(ModelRecords.queue(10, project + "__SAV").displayName("Sav")
                .counters(1, 0, waiting, waiting).oldestWaiting(waiting == 0 ? null : now.minusSeconds(30)).build());
    }

    @Test
    void anAlertIsRaisedStreamedAcknowledgedAndCleared() throws Exception {
        TestBrowser b = dashboard.browser();
        try (SseReader sse = SseReader.open(b, "/api/events/stream?project=ACME", null)) {
            sse.until(f -> "snapshot".equals(f.event()), WAIT);
            setWaiting("ACME", 4);
            dashboard.server().evaluateAlerts();

            JsonNode raised = JSON.readTree(sse.until(f -> "alert".equals(f.event()), WAIT).data());
            assertThat(raised.path("op").asText()).isEqualTo("add");
            JsonNode alert = raised.path("item");
            assertThat(alert.path("metric").asText()).isEqualTo("waiting");
            assertThat(alert.path("scope").asText()).isEqualTo("queue");
            assertThat(alert.path("subject").asText()).isEqualTo("SAV");
            assertThat(alert.path("level").asText()).isEqualTo("alarm");
            assertThat(alert.path("value").asDouble()).isEqualTo(4);
            assertThat(alert.path("limit").asDouble()).isEqualTo(3);
            assertThat(alert.path("state").asText()).isEqualTo("open");
            long id = alert.path("id").asLong();

            JsonNode listed = b.get("/api/alerts?project=ACME").json();
            assertThat(listed.path("open")).hasSize(1);
            assertThat(listed.path("open").get(0).path("id").asLong()).isEqualTo(id);

            TestBrowser.Answer ack = b.post("/api/alerts/ack", "{\"project\":\"ACME\",\"id\":" + id + "}");
            assertThat(ack.status()).isEqualTo(200);
            assertThat(ack.json().path("acknowledged_by").asText()).isEqualTo("-");
            JsonNode acked = JSON.readTree(sse.until(f -> "alert".equals(f.event()), WAIT).data());
            assertThat(acked.path("op").asText()).isEqualTo("update");
            assertThat(acked.path("item").path("acknowledged_at").asText()).isNotEmpty();

            setWaiting("ACME", 0);
            dashboard.server().evaluateAlerts();
            JsonNode cleared = JSON.readTree(sse.until(f -> "alert".equals(f.event()), WAIT).data());
            assertThat(cleared.path("op").asText()).isEqualTo("remove");
            assertThat(cleared.path("item").path("cleared_reason").asText()).isEqualTo("recovered");
            JsonNode after = b.get("/api/alerts?project=ACME").json();
            assertThat(after.path("open")).isEmpty();
            assertThat(after.path("recent").get(0).path("id").asLong()).isEqualTo(id);
        }
    }

    @Test
    void badAcknowledgementsGetClearErrors() {
        TestBrowser b = dashboard.browser();
        assertThat(b.post("/api/alerts/ack", "{\"project\":\"ACME\",\"id\":999999}").errorCode())
                .isEqualTo("alert_not_found");
        assertThat(b.post("/api/alerts/ack", "{\"project\":\"ACME\",\"id\":\"x\"}").errorCode())
                .isEqualTo("bad_parameter");
        assertThat(b.post("/api/alerts/ack", "{\"id\":1}").errorCode()).isEqualTo("project_required");
        assertThat(b.postWithoutCsrf("/api/alerts/ack", "{\"project\":\"ACME\",\"id\":1}").status()).isEqualTo(403);
    }

    @Test
    void theOverviewReadsOnlyOpenProjectsAndOpensNone() throws Exception {
        TestBrowser b = dashboard.browser();
        b.get("/api/status?project=BETA");                      // somebody watches BETA
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (dashboard.server().hubs().ifOpen("PINNED").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);                                     // opened by the server's timer at start
        }
        JsonNode overview = b.get("/api/overview").json();
        assertThat(overview.path("generated_at").asText()).isNotEmpty();
        Map<String, JsonNode> rows = new java.util.HashMap<>();
        overview.path("projects").forEach(row -> rows.put(row.path("project").asText(), row));
        assertThat(rows).containsKeys("ACME", "BETA", "GAMMA", "PINNED");

        assertThat(rows.get("GAMMA").path("state").asText()).isEqualTo("not_watched");
        assertThat(rows.get("GAMMA").path("figures").isNull()).isTrue();
        assertThat(dashboard.server().hubs().ifOpen("GAMMA")).isEmpty();

        JsonNode beta = rows.get("BETA");
        assertThat(beta.path("state").asText()).isEqualTo("live");
        assertThat(beta.path("pinned").asBoolean()).isFalse();
        assertThat(beta.path("figures").path("agents_logged").asInt()).isEqualTo(1);
        assertThat(beta.path("figures").path("waiting").asInt()).isEqualTo(1);
        assertThat(beta.path("figures").path("longest_wait_s").asLong()).isGreaterThanOrEqualTo(30);

        JsonNode pinned = rows.get("PINNED");
        assertThat(pinned.path("pinned").asBoolean()).isTrue();
        assertThat(pinned.path("state").asText()).isEqualTo("live");
        assertThat(pinned.path("watchers").asInt()).isZero();
    }

    @Test
    void theHeadlineGivesTheProjectsFiguresAndTeams() {
        TestBrowser b = dashboard.browser();
        setWaiting("PINNED", 2);
        JsonNode headline = b.get("/api/headline?project=PINNED").json();
        assertThat(headline.path("project").asText()).isEqualTo("PINNED");
        assertThat(headline.path("figures").path("waiting").asInt()).isEqualTo(2);
        assertThat(headline.path("figures").path("agents_logged").asInt()).isEqualTo(1);
        assertThat(headline.path("figures").has("service_level")).isFalse();   // no model behind a test feed
        assertThat(headline.path("teams").isObject()).isTrue();
        assertThat(b.get("/api/headline").errorCode()).isEqualTo("project_required");
        assertThat(b.get("/api/headline?project=NOPE").errorCode()).isEqualTo("project_not_found");
    }
}
