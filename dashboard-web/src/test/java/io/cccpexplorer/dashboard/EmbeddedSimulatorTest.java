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

    private static int loggedInQueues(JsonNode queues) {
        JsonNode list = queues.isArray() ? queues : queues.path("queues");
        int logged = 0;
        for (JsonNode q : list) {
            logged += q.path("logged").asInt();
        }
        return logged;
    }
}
