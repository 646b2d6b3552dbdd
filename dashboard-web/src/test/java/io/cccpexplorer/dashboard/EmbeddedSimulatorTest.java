package io.cccpexplorer.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The zero-configuration start: embedded cccp-simulator project DEMO, reached through cccp-client. */
class EmbeddedSimulatorTest {

    @Test
    void theDemoProjectComesAliveThroughTheRealClient() {
        try (DashboardServer server = DashboardServer.start(DashboardConfig.builder().port(0).build())) {
            TestBrowser b = new TestBrowser(server.uri());
            JsonNode servers = b.get("/api/servers").json();
            assertThat(servers.get(0).path("project").asText()).isEqualTo("DEMO");
            assertThat(servers.get(0).path("source").asText()).isEqualTo("simulator");
            assertThat(servers.get(0).path("ccc_dispatch_port").asInt()).isPositive();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            JsonNode status = b.get("/api/status?project=DEMO").json();
            while ((status.path("users_count").asInt() == 0 || !"live".equals(status.path("connection")
                    .path("state").asText())) && System.nanoTime() < deadline) {
                status = b.get("/api/status?project=DEMO").json();
            }
            assertThat(status.path("connection").path("state").asText()).isEqualTo("live");
            assertThat(status.path("users_count").asInt()).isPositive();
            assertThat(status.path("users").get(0).path("project_name").asText()).isNotEmpty();

            // the warm start: queues already have members, counted by the server itself
            JsonNode queues = b.get("/api/queues?project=DEMO").json();
            while (loggedInQueues(queues) == 0 && System.nanoTime() < deadline) {
                queues = b.get("/api/queues?project=DEMO").json();
            }
            assertThat(loggedInQueues(queues)).as(queues.toString()).isPositive();
        }
    }

    /** The configured figure rules reach the live model: its queue targets, its team figures, the team catalogue. */
    @Test
    void configuredTargetsAndTeamsReachTheModel() {
        DashboardConfig config = io.cccpexplorer.dashboard.config.DashboardSettings.resolve(java.util.Map.of(
                "port", "0", "history", "off", "sl.target", "30", "sl.targets", "DEMO__TECH=10",
                "teams", "DEMO/Front=SALES+SUPPORT DEMO/Back=BILLING",
                "timezone", "UTC DEMO=America/New_York", "day.start", "DEMO=07:30"), java.util.Map.of(), null)
                .toConfig();
        try (DashboardServer server = DashboardServer.start(config)) {
            TestBrowser b = new TestBrowser(server.uri());
            JsonNode teams = b.get("/api/teams?project=DEMO").json();
            assertThat(teams.path("project").asText()).isEqualTo("DEMO");
            assertThat(teams.path("teams").get(0).path("name").asText()).isEqualTo("Front");
            assertThat(teams.path("teams").get(0).path("queues").toString())
                    .isEqualTo("[\"DEMO__SALES\",\"DEMO__SUPPORT\"]");
            assertThat(teams.path("teams").get(0).path("queue_names").toString()).isEqualTo("[\"SALES\",\"SUPPORT\"]");
            assertThat(b.get("/api/teams?project=NOPE").status()).isEqualTo(404);
            // the project's own zone and day start, not the one for all projects (UTC, midnight)
            assertThat(b.get("/api/status?project=DEMO").json().path("time_zone").asText())
                    .isEqualTo("America/New_York");
            JsonNode curve = b.get("/api/kpis/series?project=DEMO").json();
            assertThat(curve.path("time_zone").asText()).isEqualTo("America/New_York");
            assertThat(curve.path("day_start").asText()).as(curve.toString()).containsPattern("T07:30(:00)?-0[45]:00$");

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            JsonNode queues = b.get("/api/queues?project=DEMO").json();
            while (target(queues, "TECH") == null && System.nanoTime() < deadline) {
                queues = b.get("/api/queues?project=DEMO").json();
            }
            assertThat(target(queues, "TECH")).as(queues.toString()).isEqualTo(10);
            assertThat(target(queues, "SALES")).isEqualTo(30);
            for (JsonNode q : queues) {   // a row says which teams it is in: the server's rule, not the page's
                assertThat(q.path("teams").toString()).as(q.path("name").asText()).isEqualTo(switch (q.path("name")
                        .asText()) {
                    case "SALES", "SUPPORT" -> "[\"Front\"]";
                    case "BILLING" -> "[\"Back\"]";
                    default -> "[]";
                });
            }
            boolean frontAgent = false;
            for (JsonNode u : b.get("/api/users?project=DEMO").json()) {
                frontAgent |= u.path("teams").toString().contains("Front") && (u.path("queues").toString()
                        .contains("SALES") || u.path("queues").toString().contains("SUPPORT"));
            }
            assertThat(frontAgent).isTrue();
            JsonNode headline = b.get("/api/headline?project=DEMO").json();
            assertThat(headline.path("teams").has("Front")).as(headline.toString()).isTrue();
            assertThat(headline.path("teams").has("Back")).isTrue();
        }
    }

    private static Integer target(JsonNode queues, String name) {
        for (JsonNode q : queues.isArray() ? queues : queues.path("queues")) {
            if (q.path("name").asText().equals(name) && q.path("service_level_target_s").isNumber()) {
                return q.path("service_level_target_s").asInt();
            }
        }
        return null;
    }

    private static int loggedInQueues(JsonNode queues) {
        JsonNode list = queues.isArray() ? queues : queues.path("queues");
        int logged = 0;
        for (JsonNode q : list) {
            logged += q.path("logged").asInt();
        }
        return logged;
    }
}
