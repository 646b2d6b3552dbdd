package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cccpexplorer.client.model.CallDirection;
import io.cccpexplorer.client.model.CallStatus;
import io.cccpexplorer.dashboard.ModelRecords;
import io.cccpexplorer.dashboard.TestBrowser;
import io.cccpexplorer.dashboard.TestDashboard;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import java.net.http.HttpRequest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DashboardApiTest {

    private static TestDashboard dashboard;

    @BeforeAll
    static void start() {
        dashboard = new TestDashboard();
    }

    @AfterAll
    static void stop() {
        dashboard.close();
    }

    @Test
    void statusCarriesTheWholeProjectWithContractFieldNames() {
        JsonNode s = dashboard.browser().get("/api/status?project=ACME").json();
        assertThat(s.path("current_project").asText()).isEqualTo("ACME");
        assertThat(s.path("current_host").asText()).isEqualTo("192.0.2.10");
        assertThat(s.path("current_port").asInt()).isEqualTo(20263);
        assertThat(s.path("users_count").asInt()).isEqualTo(1);
        assertThat(s.path("connection").path("state").asText()).isEqualTo("live");
        assertThat(s.path("last_update").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+01:00");
        JsonNode user = s.path("users").get(0);
        assertThat(user.path("login").asText()).isEqualTo("agent_acme");
        assertThat(user.path("queue").asText()).isEqualTo("SAV");
        assertThat(user.path("create_date_iso").asText()).endsWith("+01:00");
        assertThat(user.path("is_active").asBoolean()).isTrue();
        JsonNode queue = s.path("queues").get(0);
        assertThat(queue.path("name").asText()).isEqualTo("SAV");
        assertThat(queue.path("full_name").asText()).isEqualTo("ACME__SAV");
        assertThat(queue.path("waiting").asInt()).isEqualTo(1);
        assertThat(queue.path("longest_wait_seconds").asLong()).isGreaterThanOrEqualTo(30);
        JsonNode call = s.path("history").get(0);
        assertThat(call.path("call_id").asText()).isEqualTo("1");
        assertThat(call.path("call_type").asText()).isEqualTo("incoming");
        assertThat(call.path("state").asText()).isEqualTo("waiting");
        assertThat(call.path("duration_seconds").asLong()).isGreaterThanOrEqualTo(30);
        assertThat(s.path("kpis").path("calls_waiting").asInt()).isEqualTo(1);
        assertThat(s.path("kpis").path("agents_by_state").path("Disponible").asInt()).isEqualTo(1);
    }

    @Test
    void listEndpointsAnswerBareArrays() {
        TestBrowser b = dashboard.browser();
        assertThat(b.get("/api/users?project=BETA").json().get(0).path("login").asText()).isEqualTo("agent_beta");
        assertThat(b.get("/api/queues?project=BETA").json().get(0).path("full_name").asText())
                .isEqualTo("BETA__SAV");
        JsonNode servers = b.get("/api/servers").json();
        assertThat(servers).hasSize(2);
        assertThat(servers.get(0).path("project").asText()).isEqualTo("ACME");
        assertThat(servers.get(0).path("ccc_dispatch_port").asInt()).isEqualTo(20263);
        assertThat(servers.get(0).path("source").asText()).isEqualTo("config");
    }

    @Test
    void historyIsNewestFirstPagedAndFiltered() {
        InMemoryFeed feed = dashboard.feed("ACME");
        OffsetDateTime now = OffsetDateTime.now(TestDashboard.PARIS);
        for (int i = 0; i < 25; i++) {
            feed.putCall(ModelRecords.call(1000 + i, "session_" + (500 + i) + "@x").direction(CallDirection.OUTGOING)
                    .numbers("06" + i, "0899").queue("VENTES").agent("bob").state(CallStatus.ENDED)
                    .times(now.minusMinutes(60 - i), now.minusMinutes(60 - i), now.minusMinutes(59 - i)).build());
        }
        JsonNode page = awaitHistoryTotal("/api/history?project=ACME&active=false&size=10&page=2", 25);
        assertThat(page.path("page").asInt()).isEqualTo(2);
        assertThat(page.path("items")).hasSize(10);
        // newest first: page 2 starts with the 11th newest call
        assertThat(page.path("items").get(0).path("session_id").asText()).startsWith("session_514@");
        JsonNode searched = dashboard.browser().get("/api/history?project=ACME&q=0617").json();
        assertThat(searched.path("total").asInt()).isEqualTo(1);
        JsonNode active = dashboard.browser().get("/api/history?project=ACME&active=true").json();
        assertThat(active.path("items").get(0).path("state").asText()).isEqualTo("waiting");
        assertThat(dashboard.browser().get("/api/history?project=ACME&size=0").errorCode())
                .isEqualTo("bad_parameter");
        assertThat(dashboard.browser().get("/api/history?project=ACME&active=maybe").status()).isEqualTo(400);
    }

    private static JsonNode awaitHistoryTotal(String path, int total) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        JsonNode page;
        do {
            page = dashboard.browser().get(path).json();
        } while (page.path("total").asInt() != total && System.nanoTime() < deadline);
        assertThat(page.path("total").asInt()).isEqualTo(total);
        return page;
    }

    @Test
    void eventsListTheNumberedChangesOldestFirst() {
        InMemoryFeed feed = dashboard.feed("BETA");
        OffsetDateTime now = OffsetDateTime.now(TestDashboard.PARIS);
        feed.putAgent(TestDashboard.agent("BETA", 77, "zed", now));
        long deadline = System.nanoTime() + 5_000_000_000L;
        JsonNode events;
        do {
            events = dashboard.browser().get("/api/events?project=BETA&limit=5").json();
        } while (!events.toString().contains("\"zed\"") && System.nanoTime() < deadline);
        JsonNode list = events.path("events");
        JsonNode last = null;   // the agent's row (the agents' counts may follow it in the same push)
        for (JsonNode e : list) {
            if (e.toString().contains("\"zed\"")) {
                last = e;
            }
        }
        assertThat(last).isNotNull();
        assertThat(last.path("type").asText()).isEqualTo("user");
        assertThat(last.path("op").asText()).isEqualTo("add");
        assertThat(last.path("project").asText()).isEqualTo("BETA");
        assertThat(last.path("item").path("login").asText()).isEqualTo("zed");
        List<Long> ids = new ArrayList<>();
        list.forEach(e -> ids.add(e.path("id").asLong()));
        assertThat(ids).isSorted();
        assertThat(events.path("count").asInt()).isEqualTo(list.size());
        assertThat(dashboard.browser().get("/api/events?project=BETA&limit=abc").errorCode())
                .isEqualTo("bad_parameter");
    }

    @Test
    void twoBrowsersOnTwoProjectsNeverSeeEachOthersData() {
        TestBrowser alice = dashboard.browser();
        TestBrowser bob = dashboard.browser();
        assertThat(alice.post("/api/select_server", "{\"project\":\"ACME\"}").json().path("current_project")
                .asText()).isEqualTo("ACME");
        assertThat(bob.post("/api/select_server", "{\"project\":\"BETA\"}").status()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            JsonNode a = alice.get("/api/status").json();
            JsonNode b = bob.get("/api/status").json();
            assertThat(a.path("current_project").asText()).isEqualTo("ACME");
            assertThat(b.path("current_project").asText()).isEqualTo("BETA");
            assertThat(a.toString()).doesNotContain("BETA__").doesNotContain("agent_beta");
            assertThat(b.toString()).doesNotContain("ACME__").doesNotContain("agent_acme");
            assertThat(alice.get("/api/users").json().get(0).path("project_name").asText()).isEqualTo("ACME");
            assertThat(bob.get("/api/users").json().get(0).path("project_name").asText()).isEqualTo("BETA");
        }
        // an explicit project parameter wins over the selection
        assertThat(alice.get("/api/status?project=BETA").json().path("current_project").asText()).isEqualTo("BETA");
        // selecting by host and port, like the original's {host, port}
        assertThat(bob.post("/api/select_server", "{\"host\":\"192.0.2.10\",\"port\":20263}").json()
                .path("current_project").asText()).isEqualTo("ACME");
    }

    @Test
    void missingOrUnknownProjectsAreClearErrors() {
        TestBrowser fresh = dashboard.browser();
        TestBrowser.Answer none = fresh.get("/api/status");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.errorCode()).isEqualTo("project_required");
        assertThat(none.json().path("error").path("status").asInt()).isEqualTo(400);
        TestBrowser.Answer unknown = fresh.get("/api/users?project=NOPE");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("project_not_found");
        assertThat(fresh.post("/api/select_server", "{\"project\":\"NOPE\"}").status()).isEqualTo(404);
        assertThat(fresh.post("/api/select_server", "{}").errorCode()).isEqualTo("project_required");
        assertThat(fresh.post("/api/select_server", "{\"host\":\"203.0.113.9\"}").status()).isEqualTo(404);
    }

    @Test
    void badRequestsGetJsonErrorsNeverStackTraces() {
        TestBrowser b = dashboard.browser();
        TestBrowser.Answer malformed = b.post("/api/select_server", "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isEqualTo("malformed_json");
        assertThat(b.post("/api/select_server", "[1,2]").errorCode()).isEqualTo("malformed_json");
        TestBrowser.Answer big = b.post("/api/select_server", "{\"project\":\"" + "x".repeat(70_000) + "\"}");
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.errorCode()).isEqualTo("payload_too_large");
        TestBrowser.Answer method = b.send(HttpRequest.newBuilder(b.uri("/api/status?project=ACME"))
                .DELETE());
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.header("Allow")).isEqualTo("GET");
        assertThat(method.errorCode()).isEqualTo("method_not_allowed");
        TestBrowser.Answer unknownApi = b.get("/api/nothing");
        assertThat(unknownApi.status()).isEqualTo(404);
        assertThat(unknownApi.header("Content-Type")).startsWith("application/json");
        assertThat(unknownApi.errorCode()).isEqualTo("not_found");
        TestBrowser.Answer unknownPage = b.get("/no/such/page");
        assertThat(unknownPage.status()).isEqualTo(404);
        assertThat(unknownPage.header("Content-Type")).startsWith("text/html");
        assertThat(unknownPage.body()).doesNotContain("Exception").doesNotContain("at io.");
        TestBrowser.Answer unknownProjectPage = b.get("/cst_explorer/NOPE");
        assertThat(unknownProjectPage.status()).isEqualTo(404);
        assertThat(unknownProjectPage.body()).contains("Project &#39;NOPE&#39; not found");
        assertThat(b.get("/static/../logback.xml").status()).isEqualTo(404);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/api/status?project=ACME", "/api/nothing", "/static/js/app.js")) {
            TestBrowser.Answer a = dashboard.browser().get(path);
            assertThat(a.header("Content-Security-Policy")).contains("script-src 'self'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
            assertThat(a.header("Content-Security-Policy").replace("style-src 'self' 'unsafe-inline'", ""))
                    .doesNotContain("unsafe-inline");
            assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(a.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(a.header("Access-Control-Allow-Origin")).isNull();
        }
    }

    @Test
    void hostileTextTravelsAsJsonDataOnly() {
        InMemoryFeed feed = dashboard.feed("BETA");
        String evil = "<img src=x onerror=alert(1)>\"'</script>";
        OffsetDateTime now = OffsetDateTime.now(TestDashboard.PARIS);
        feed.putCall(ModelRecords.call(31, "session_9@x").numbers(evil, "0800").queue("SAV")
                .times(now, null, null).build());
        long deadline = System.nanoTime() + 5_000_000_000L;
        TestBrowser.Answer a;
        do {
            a = dashboard.browser().get("/api/history?project=BETA&q=onerror");
        } while (a.json().path("total").asInt() == 0 && System.nanoTime() < deadline);
        assertThat(a.header("Content-Type")).startsWith("application/json");
        assertThat(a.json().path("items").get(0).path("caller").asText()).isEqualTo(evil);
    }

    @Test
    void pagesStaticFilesAndUplotAreServed() {
        TestBrowser b = dashboard.browser();
        for (String page : List.of("/", "/light", "/cst_explorer/ACME", "/cst_explorer_light/BETA", "/console",
                "/console_light", "/session_console", "/login")) {
            TestBrowser.Answer a = b.get(page);
            assertThat(a.status()).as(page).isEqualTo(200);
            assertThat(a.header("Content-Type")).as(page).startsWith("text/html");
        }
        // the deep link selects the project for this browser
        assertThat(b.get("/api/status").json().path("current_project").asText()).isEqualTo("BETA");
        assertThat(b.get("/webjars/uplot/dist/uPlot.iife.min.js").status()).isEqualTo(200);
        TestBrowser.Answer css = b.get("/webjars/uplot/dist/uPlot.min.css");
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(b.get("/static/js/app.js").header("Content-Type")).startsWith("text/javascript");
    }

    @Test
    void healthMetricsAndProtocolAnswer() {
        TestBrowser b = dashboard.browser();
        b.get("/api/status?project=ACME");
        JsonNode health = b.get("/health").json();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("checks").path("projects").path("ACME").path("state").asText()).isEqualTo("live");
        String metrics = b.get("/metrics").body();
        assertThat(metrics).contains("dashboard_http_requests_seconds_count{method=\"GET\",route=\"status\","
                + "status=\"200\"}");
        assertThat(metrics).contains("dashboard_cccp_connections{state=\"live\"}");
        assertThat(metrics).contains("jvm_memory_used_bytes");
        JsonNode protocol = b.get("/api/protocol").json();
        assertThat(protocol.path("interfaces").isArray()).isTrue();
        JsonNode readable = b.get("/api/protocol/readable").json();
        assertThat(readable.path("format").asText()).isEqualTo("markdown");
        assertThat(readable.path("text").asText()).startsWith("# The CCCP protocol").contains("Explorer session flow");
        TestBrowser.Answer page = b.get("/protocol");   // drawn in the browser from the two answers above
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/static/js/protocol.js");
    }

    @Test
    void listenerFailuresAreCountedInHealthAndMetrics() throws Exception {
        InMemoryFeed feed = dashboard.feed("ACME");
        TestBrowser b = dashboard.browser();
        b.get("/api/status?project=ACME");
        long before = b.get("/health").json().path("checks").path("projects").path("ACME")
                .path("listener_failures").asLong(-1);
        assertThat(before).isNotNegative();

        try (AutoCloseable ignored = feed.subscribe(new io.cccpexplorer.dashboard.feed.FeedListener() {
            @Override
            public void onResync() {
                throw new IllegalStateException("listener bug");
            }
        })) {
            feed.resync();
            feed.awaitDelivered();
        }

        assertThat(b.get("/health").json().path("checks").path("projects").path("ACME").path("listener_failures")
                .asLong()).isEqualTo(before + 1);
        assertThat(b.get("/metrics").body()).containsPattern("(?m)^dashboard_model_listener_failures [1-9]");
    }

    @Test
    void healthIsDegradedWhileAProjectIsOffline() {
        InMemoryFeed feed = dashboard.feed("BETA");
        feed.setConnection(new io.cccpexplorer.dashboard.feed.ConnectionStatus(
                io.cccpexplorer.dashboard.feed.ConnectionStatus.State.RECONNECTING,
                OffsetDateTime.now(TestDashboard.PARIS), "connection refused"));
        try {
            JsonNode health = dashboard.browser().get("/health").json();
            assertThat(health.path("status").asText()).isEqualTo("DEGRADED");
            assertThat(health.path("checks").path("projects").path("BETA").path("error").asText())
                    .isEqualTo("connection refused");
            JsonNode status = dashboard.browser().get("/api/status?project=BETA").json();
            assertThat(status.path("connection").path("state").asText()).isEqualTo("reconnecting");
        } finally {
            feed.setConnection(io.cccpexplorer.dashboard.feed.ConnectionStatus.live(
                    OffsetDateTime.now(TestDashboard.PARIS)));
        }
    }
}
