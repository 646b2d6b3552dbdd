package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cccpexplorer.client.model.AgentStatus;
import io.cccpexplorer.client.model.CallStatus;
import io.cccpexplorer.dashboard.ModelRecords;
import io.cccpexplorer.dashboard.TestBrowser;
import io.cccpexplorer.dashboard.TestDashboard;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import java.time.OffsetDateTime;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model's statuses and figures as the API spells them (API.md: User, Call, Queue, AgentStats). */
class SupervisorApiTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2026-02-08T10:00:00+01:00");
    private static TestDashboard dashboard;

    @BeforeAll
    static void start() {
        dashboard = new TestDashboard();
        InMemoryFeed feed = dashboard.feed("BETA");
        feed.putAgent(ModelRecords.agent(70, "talker").project("BETA").queues("BETA__SAV").state("Disponible", T)
                .status(AgentStatus.TALKING).currentCall("session_71@x").loggedInSince(T.minusHours(1)).build());
        feed.putCall(ModelRecords.call(71, "session_71@x").numbers("0611", "0800").queue("BETA__SAV").agent("talker")
                .state(CallStatus.WAITING).times(T, null, null).build());
    }

    @AfterAll
    static void stop() {
        dashboard.close();
    }

    @Test
    void usersCarryTheModelsStatusItsSinceTheServersStateNameAndTheCurrentCall() {
        JsonNode talker = await(() -> find(dashboard.browser().get("/api/users?project=BETA").json(),
                "login", "talker"));
        // the server says "Disponible"; the model knows the agent is on a call
        assertThat(talker.path("status").asText()).isEqualTo("talking");
        assertThat(talker.path("state").asText()).isEqualTo("Disponible");
        assertThat(talker.has("state_name")).as("no copy of state").isFalse();
        assertThat(talker.path("status_since").asText()).isEqualTo("2026-02-08T10:00:00+01:00");
        assertThat(talker.path("current_call").path("session_id").asText()).isEqualTo("session_71@x");
        assertThat(talker.path("current_call").path("queue").asText()).isEqualTo("SAV");
    }

    @Test
    void callsCarryStatusQueuedSinceWaitTalkAndDisposition() {
        JsonNode call = await(() -> find(dashboard.browser().get("/api/history?project=BETA").json().path("items"),
                "session_id", "session_71@x"));
        assertThat(call.path("status").asText()).isEqualTo("waiting");
        assertThat(call.path("queued_since").asText()).isEqualTo("2026-02-08T10:00:00+01:00");
        // the model counts wait per queue task; this fixture's call carries none, so no wait is invented
        assertThat(call.path("wait_s").isIntegralNumber()).isTrue();
        assertThat(call.path("wait_s").asLong()).isZero();
        assertThat(call.path("talk_s").asLong()).isZero();
        assertThat(call.has("disposition")).as("null, so left out").isFalse();
    }

    @Test
    void queuesCarryTheFigureFieldsAndAgentStatsAnswer() {
        TestBrowser b = dashboard.browser();
        JsonNode queue = b.get("/api/queues?project=BETA").json().get(0);
        for (String field : new String[] {"agents_available", "agents_talking", "agents_wrap_up", "agents_pause",
                "waiting", "longest_wait_s", "offered", "answered", "abandoned", "abandon_rate", "service_level",
                "service_level_target_s", "asa_s", "aht_s", "max_wait_s"}) {
            assertThat(queue.has(field)).as(field).isTrue();
        }
        assertThat(b.get("/api/agents/stats?project=BETA").json().isArray()).isTrue();
        assertThat(b.get("/api/agents/stats?project=NOPE").errorCode()).isEqualTo("project_not_found");
        JsonNode kpis = b.get("/api/status?project=BETA").json().path("kpis");
        assertThat(kpis.path("agents_by_status").path("talking").asInt()).isEqualTo(1);
    }

    private static JsonNode find(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (value.equals(row.path(field).asText())) {
                return row;
            }
        }
        return null;
    }

    private static JsonNode await(Supplier<JsonNode> probe) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        JsonNode found;
        while ((found = probe.get()) == null && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(found).as("the row arrived").isNotNull();
        return found;
    }
}
