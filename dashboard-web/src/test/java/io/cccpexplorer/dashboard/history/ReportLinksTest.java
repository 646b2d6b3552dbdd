package io.cccpexplorer.dashboard.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cccpexplorer.client.model.SessionEvent;
import io.cccpexplorer.dashboard.TestBrowser;
import io.cccpexplorer.dashboard.TestDashboard;
import io.cccpexplorer.dashboard.config.FigureConfig;
import io.cccpexplorer.client.model.CallDisposition;
import io.cccpexplorer.history.HistoryBatch;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports page's links over a real dashboard with an embedded store: the pages are served for any report link,
 * every parameter the page puts in its link is one the API reads the same way (so a link, its JSON and its exports
 * are one query), and the original dashboard's log-replay bookmarks lead to their successors.
 */
class ReportLinksTest {

    @TempDir
    static Path dir;
    static TestDashboard dashboard;
    static TestBrowser browser;

    @BeforeAll
    static void start() {
        dashboard = new TestDashboard(b -> b.dataDir(dir).zone(ReportEndpointsTest.PARIS)
                .history(HistorySettings.embedded(ReportEndpointsTest.PARIS))
                .figures(new FigureConfig(Duration.ofSeconds(20), Map.of(), Duration.ofSeconds(5),
                        Map.of("ACME", Map.of("Front", List.of("ACME__SAV", "ACME__VIP"),
                                "Night", List.of("ACME__VIP"))))));
        browser = dashboard.browser();
        HistoryService history = dashboard.server().history().orElseThrow();
        history.writer().write(new HistoryBatch("ACME", List.of(
                ReportEndpointsTest.call("s1", 0, 10, CallDisposition.ANSWERED, "0611111111"),
                ReportEndpointsTest.call("s2", 60, 40, CallDisposition.ABANDONED_QUEUE, "0622222222")),
                Map.of("s1", List.of(new SessionEvent(1, OffsetDateTime.parse("2026-02-10T09:00:00.000123+01:00"),
                        "sip:0611111111", "ivr", "ringing", "start", "x,y"))), List.of(), List.of()));
    }

    @AfterAll
    static void stop() {
        dashboard.close();
    }

    @Test
    void theReportPagesAreServedForAnyReportLink() {
        TestBrowser.Answer page = browser.get("/reports?view=calls&project=ACME&from=2026-02-10&caller=0611*");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("/static/js/reports.js");
        TestBrowser.Answer console = browser.get("/reports/console?project=ACME&session=s1");
        assertThat(console.status()).isEqualTo(200);
        assertThat(console.body()).contains("/static/js/history-console.js");
    }

    @Test
    void everyParameterOfAQueueReportLinkNarrowsTheApiAnswer() {
        String link = "project=ACME&from=2026-02-10&to=2026-02-10&interval=15m&queue=SAV";
        JsonNode json = browser.get("/api/reports/queues?" + link).json();
        assertThat(json.path("interval").asText()).isEqualTo("15m");
        assertThat(json.path("from").asText()).isEqualTo("2026-02-10");
        // the two calls queued at 09:00 and 09:01 fall in the 09:00 quarter-hour
        assertThat(json.path("rows")).hasSize(1);
        assertThat(json.path("rows").get(0).path("interval").asText()).isEqualTo("2026-02-10T09:00+01:00");
        assertThat(browser.get("/api/reports/queues?" + link.replace("queue=SAV", "queue=VIP")).json().path("rows"))
                .isEmpty();
        // the export links are the same query with format=
        TestBrowser.Answer csv = browser.get("/api/reports/queues?" + link + "&format=csv");
        assertThat(csv.body()).contains("2026-02-10T09:00+01:00,ACME__SAV,SAV,2,1,1");
    }

    @Test
    void aQueueIsNamedAsThePageShowsItOrByItsFullName() {
        String day = "project=ACME&from=2026-02-10&interval=day";
        for (String queue : List.of("SAV", "ACME__SAV")) {
            JsonNode rows = browser.get("/api/reports/queues?" + day + "&queue=" + queue).json().path("rows");
            assertThat(rows).as(queue).hasSize(1);
            assertThat(rows.get(0).path("queue").asText()).isEqualTo("ACME__SAV");
            assertThat(rows.get(0).path("queue_name").asText()).isEqualTo("SAV");
            JsonNode calls = browser.get("/api/calls/search?project=ACME&from=2026-02-10&queue=" + queue).json()
                    .path("rows");
            assertThat(calls.findValuesAsText("session_id")).as(queue).containsExactly("s1", "s2");
            assertThat(calls.findValuesAsText("queue_name")).containsExactly("SAV", "SAV");
        }
        assertThat(browser.get("/api/reports/queues?" + day + "&queue=VIP").json().path("rows")).isEmpty();
    }

    @Test
    void theAgentReportOfATeamHasTheAgentsWhoAnsweredItsQueues() {
        String day = "/api/reports/agents?project=ACME&from=2026-02-10&interval=day";
        JsonNode front = browser.get(day + "&team=Front").json();
        assertThat(front.path("rows").findValuesAsText("agent")).containsExactly("alice");
        assertThat(front.path("team").asText()).isEqualTo("Front");
        assertThat(browser.get(day + "&team=Front&agent=bob").json().path("rows")).isEmpty();
        // a team whose queues no agent answered over these days has no rows (not every agent's)
        assertThat(browser.get(day + "&team=Night").json().path("rows")).isEmpty();
        assertThat(browser.get(day).json().path("rows").findValuesAsText("agent")).containsExactly("alice");

        TestBrowser.Answer unknown = browser.get(day + "&team=Back");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorCode()).isEqualTo("bad_parameter");
        assertThat(unknown.json().path("error").path("message").asText()).contains("team").contains("Front")
                .contains("Night");
    }

    @Test
    void aTeamOfTheCatalogueAddsUpItsQueues() {
        JsonNode json = browser.get("/api/reports/queues?project=ACME&from=2026-02-10&interval=day&team=Front").json();
        assertThat(json.path("rows")).hasSize(1);
        assertThat(json.path("rows").get(0).path("queue").asText()).isEqualTo("Front");
        assertThat(json.path("rows").get(0).path("offered").asInt()).isEqualTo(2);
        assertThat(browser.get("/api/teams?project=ACME").json().path("teams").findValuesAsText("name"))
                .containsExactlyInAnyOrder("Front", "Night");

        TestBrowser.Answer unknown = browser.get("/api/reports/queues?project=ACME&from=2026-02-10&team=Back");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("error").path("message").asText()).contains("team").contains("Front");
        // a team the catalogue does not know can still be named by its queues
        JsonNode listed = browser.get("/api/reports/queues?project=ACME&from=2026-02-10&interval=day&team=Back&"
                + "queue=SAV")
                .json();
        assertThat(listed.path("rows").get(0).path("queue").asText()).isEqualTo("Back");
    }

    @Test
    void everyParameterOfACallSearchLinkNarrowsTheApiAnswer() {
        String day = "/api/calls/search?project=ACME&from=2026-02-10&to=2026-02-10";
        Map<String, List<String>> expected = Map.of(
                "", List.of("s1", "s2"),
                "&caller=0622222222", List.of("s2"),
                "&caller=061*", List.of("s1"),
                "&called=0800", List.of("s1", "s2"),
                "&agent=alice", List.of("s1"),
                "&queue=SAV", List.of("s1", "s2"),
                "&disposition=abandoned", List.of("s2"),
                "&min_wait=30", List.of("s2"),
                "&page=1&page_size=1", List.of("s2"));
        expected.forEach((params, sessions) -> {
            JsonNode rows = browser.get(day + params).json().path("rows");
            assertThat(rows.findValuesAsText("session_id")).as(params).isEqualTo(sessions);
        });
        assertThat(browser.get(day + "&page=0&page_size=1").json().path("more").asBoolean()).isTrue();
    }

    @Test
    void theOriginalsReplayConsoleLinkOpensTheStoredCallsConsole() {
        TestBrowser.Answer named = browser.get("/rlog_console?session=s1&date=2026-02-10&project=ACME");
        assertThat(named.status()).isEqualTo(302);
        assertThat(named.header("Location")).isEqualTo("/reports/console?project=ACME&session=s1");
        assertThat(browser.get(named.header("Location")).status()).isEqualTo(200);
        assertThat(browser.get("/rlog_console_light?session=s1&project=ACME").header("Location"))
                .isEqualTo("/reports/console?project=ACME&session=s1");

        // the original's links named no project: without one, the day's call search (pick the project there)
        TestBrowser.Answer unnamed = browser.get("/rlog_console?session=s1&date=2026-02-10");
        assertThat(unnamed.status()).isEqualTo(302);
        assertThat(unnamed.header("Location")).isEqualTo("/reports?view=calls&from=2026-02-10&to=2026-02-10");
        // ... or the project this browser selected
        TestBrowser selecting = dashboard.browser();
        assertThat(selecting.get("/cst_explorer/ACME").status()).isEqualTo(200);
        assertThat(selecting.get("/rlog_console?session=s1&date=2026-02-10").header("Location"))
                .isEqualTo("/reports/console?project=ACME&session=s1");

        assertThat(browser.get("/rlog_console?date=2026-02-10").status()).isEqualTo(400);
        assertThat(browser.get("/rlog_console?session=s1&date=10/02/2026").status()).isEqualTo(400);
    }

    @Test
    void theOriginalsReplayApiLinksLeadToTheCallHistory() {
        TestBrowser.Answer sessions = browser.get("/api/rlog/sessions?date=2026-02-10&project=ACME");
        assertThat(sessions.status()).isEqualTo(307);
        assertThat(sessions.header("Location"))
                .isEqualTo("/api/calls/search?project=ACME&from=2026-02-10&to=2026-02-10");
        assertThat(browser.get(sessions.header("Location")).json().path("rows").findValuesAsText("session_id"))
                .containsExactly("s1", "s2");

        TestBrowser.Answer detail = browser.get("/api/rlog/session/detail?session=s1&date=2026-02-10&project=ACME");
        assertThat(detail.status()).isEqualTo(307);
        assertThat(detail.header("Location")).isEqualTo("/api/calls/s1/events?project=ACME");
        JsonNode events = browser.get(detail.header("Location")).json();
        assertThat(events.path("rows").get(0).path("name").asText()).isEqualTo("start");
        assertThat(events.path("zone").asText()).isEqualTo("Europe/Paris");

        TestBrowser.Answer noSession = browser.get("/api/rlog/session/detail?date=2026-02-10&project=ACME");
        assertThat(noSession.status()).isEqualTo(400);
        assertThat(noSession.errorCode()).isEqualTo("bad_parameter");
    }

    @Test
    void whatHasNoSuccessorSaysSoWith410() {
        for (TestBrowser.Answer a : List.of(browser.get("/api/rlog/status"),
                browser.get("/api/rlog/search?term=0612"),
                browser.get("/api/rlog/job/abc"),
                browser.post("/api/rlog/start", "{}"),
                browser.post("/api/rlog/session/detail/dispatch", "{\"session_id\":\"s1\"}"),
                browser.send(HttpRequest.newBuilder(browser.uri("/api/rlog/job/abc")).DELETE()
                        .header("X-CSRF-Token", browser.csrf())))) {
            assertThat(a.status()).as(a.response().uri().toString()).isEqualTo(410);
            assertThat(a.errorCode()).isEqualTo("gone");
            assertThat(a.json().path("error").path("message").asText()).contains("/api/replay/snapshots");
        }
    }
}
