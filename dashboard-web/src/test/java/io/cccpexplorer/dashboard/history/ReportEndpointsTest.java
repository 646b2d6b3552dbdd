package io.cccpexplorer.dashboard.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cccpexplorer.client.model.CallDirection;
import io.cccpexplorer.client.model.SessionEvent;
import io.cccpexplorer.dashboard.TestBrowser;
import io.cccpexplorer.dashboard.TestDashboard;
import io.cccpexplorer.dashboard.config.FigureConfig;
import io.cccpexplorer.client.model.CallDisposition;
import io.cccpexplorer.history.HistoryBatch;
import io.cccpexplorer.history.StoredCall;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history's HTTP API over a real dashboard with an embedded store. */
class ReportEndpointsTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** A project of its own zone and day start: UTC+10, days from 06:00 (settings timezone/day.start NIGHT=…). */
    static final ZoneId BRISBANE = ZoneId.of("Australia/Brisbane");
    static final Instant NINE = Instant.parse("2026-02-10T08:00:00Z");

    @TempDir
    static Path dir;
    static TestDashboard dashboard;
    static TestBrowser browser;

    @BeforeAll
    static void start() {
        dashboard = new TestDashboard(b -> b.dataDir(dir).zone(PARIS).history(HistorySettings.embedded(PARIS))
                .figures(new FigureConfig(Duration.ofSeconds(20), Map.of(), Duration.ofSeconds(5), Map.of(),
                        Map.of("NIGHT", BRISBANE), Map.of("NIGHT", LocalTime.of(6, 0)))));
        browser = dashboard.browser();
        HistoryService history = dashboard.server().history().orElseThrow();
        history.writer().write(new HistoryBatch("ACME", List.of(
                call("s1", 0, 10, CallDisposition.ANSWERED, "0611111111"),
                call("s2", 60, 40, CallDisposition.ABANDONED_QUEUE, "0622222222")),
                Map.of("s1", List.of(new SessionEvent(1, OffsetDateTime.parse("2026-02-10T09:00:00.000123+01:00"),
                        "sip:0611111111", "ivr", "ringing", "start", "x,y"))), List.of(), List.of()));
        // 05:30 on Feb 11 in Brisbane: before NIGHT's day start, so its business day Feb 10
        StoredCall night = call("n1", 0, 10, CallDisposition.ANSWERED, "0633333333");
        Instant at = Instant.parse("2026-02-10T19:30:00Z");
        history.writer().write(new HistoryBatch("NIGHT", List.of(new StoredCall("NIGHT", "n1", night.direction(),
                night.caller(), night.called(), night.ivrEntry(), "NIGHT__SAV", List.of("NIGHT__SAV"), "bob",
                List.of("bob"), at, at, at.plusSeconds(10), at.plusSeconds(110), CallDisposition.ANSWERED,
                Duration.ofSeconds(10), Duration.ofSeconds(100), null, null)), Map.of(), List.of(), List.of()));
    }

    @Test
    void aProjectsReportsAreInItsOwnZoneAndDayStart() {
        TestBrowser.Answer hours = browser.get("/api/reports/queues?project=NIGHT&from=2026-02-10&interval=hour");
        assertThat(hours.json().path("zone").asText()).isEqualTo("Australia/Brisbane");
        assertThat(hours.json().path("day_start").asText()).isEqualTo("06:00");
        assertThat(hours.json().path("rows")).hasSize(1);
        assertThat(hours.json().path("rows").get(0).path("interval").asText()).isEqualTo("2026-02-11T05:00+10:00");
        assertThat(browser.get("/api/reports/queues?project=NIGHT&from=2026-02-11&interval=hour").json()
                .path("rows")).isEmpty();
        TestBrowser.Answer day = browser.get("/api/reports/queues?project=NIGHT&from=2026-02-10&interval=day&"
                + "format=csv");
        assertThat(day.body()).contains("2026-02-10T06:00+10:00,NIGHT__SAV,SAV,1,1,0");
        JsonNode calls = browser.get("/api/calls/search?project=NIGHT&from=2026-02-10").json();
        assertThat(calls.path("rows").get(0).path("start").asText()).isEqualTo("2026-02-11T05:30+10:00");
        assertThat(browser.get("/api/reports/agents?project=NIGHT&from=2026-02-10").json().path("rows").get(0)
                .path("interval").asText()).isEqualTo("2026-02-10T06:00+10:00");
        // the other project keeps the zone for all, from midnight
        JsonNode acme = browser.get("/api/reports/queues?project=ACME&from=2026-02-10&interval=day").json();
        assertThat(acme.path("day_start").asText()).isEqualTo("00:00");
        assertThat(acme.path("rows").get(0).path("interval").asText()).isEqualTo("2026-02-10T00:00+01:00");
    }

    static StoredCall call(String id, long atS, long waitS, CallDisposition d, String caller) {
        Instant queued = NINE.plusSeconds(atS);
        boolean answered = d == CallDisposition.ANSWERED;
        return new StoredCall("ACME", id, CallDirection.INCOMING, caller, "0800", "menu", "ACME__SAV",
                List.of("ACME__SAV"),
                answered ? "alice" : "", answered ? List.of("alice") : List.of(), queued, queued,
                answered ? queued.plusSeconds(waitS) : null, queued.plusSeconds(waitS + 100), d,
                Duration.ofSeconds(waitS), answered ? Duration.ofSeconds(100) : Duration.ZERO, null, null);
    }

    @AfterAll
    static void stop() {
        dashboard.close();
    }

    @Test
    void queueReportAsJsonCsvAndXlsx() {
        TestBrowser.Answer json = browser.get("/api/reports/queues?project=ACME&from=2026-02-10&interval=day");
        assertThat(json.status()).isEqualTo(200);
        JsonNode row = json.json().path("rows").get(0);
        assertThat(row.path("interval").asText()).isEqualTo("2026-02-10T00:00+01:00");
        // the full stored name for scripts, and the name the live tables show (the model's rule)
        assertThat(row.path("queue").asText()).isEqualTo("ACME__SAV");
        assertThat(row.path("queue_name").asText()).isEqualTo("SAV");
        assertThat(row.path("offered").asInt()).isEqualTo(2);
        assertThat(row.path("answered").asInt()).isEqualTo(1);
        assertThat(row.path("abandoned").asInt()).isEqualTo(1);
        assertThat(row.path("service_level").asDouble()).isEqualTo(0.5);
        assertThat(json.json().path("zone").asText()).isEqualTo("Europe/Paris");

        TestBrowser.Answer csv = browser.get("/api/reports/queues?project=ACME&from=2026-02-10&interval=day&"
                + "format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("queues-ACME-2026-02-10-2026-02-10.csv");
        assertThat(csv.body()).contains("interval,queue,queue_name,offered")
                .contains("2026-02-10T00:00+01:00,ACME__SAV,SAV,2,1,1,0,0.5,20");

        TestBrowser.Answer xlsx = browser.get("/api/reports/queues?project=ACME&from=2026-02-10&format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).contains("spreadsheetml");
        assertThat(xlsx.body()).startsWith("PK");
    }

    @Test
    void callSearchAndAStoredCallsConsoleRows() {
        JsonNode page = browser.get("/api/calls/search?project=ACME&from=2026-02-10&caller=0611*").json();
        assertThat(page.path("rows")).hasSize(1);
        assertThat(page.path("rows").get(0).path("session_id").asText()).isEqualTo("s1");
        assertThat(page.path("rows").get(0).path("queue").asText()).isEqualTo("ACME__SAV");
        assertThat(page.path("rows").get(0).path("queue_name").asText()).isEqualTo("SAV");
        assertThat(page.path("rows").get(0).path("queue_names").asText()).isEqualTo("SAV");
        assertThat(page.path("more").asBoolean()).isFalse();
        JsonNode waited = browser.get("/api/calls/search?project=ACME&from=2026-02-10&min_wait=30").json();
        assertThat(waited.path("rows").get(0).path("disposition").asText()).isEqualTo("abandoned");

        JsonNode events = browser.get("/api/calls/s1/events?project=ACME").json();
        assertThat(events.path("call").path("caller").asText()).isEqualTo("0611111111");
        assertThat(events.path("call").path("queue_name").asText()).isEqualTo("SAV");
        assertThat(events.path("rows").get(0).path("date").asText()).isEqualTo("2026-02-10T09:00:00.000123+01:00");
        assertThat(browser.get("/api/calls/nope/events?project=ACME").errorCode()).isEqualTo("session_not_found");
    }

    @Test
    void badParametersAre400WithTheParameterNamed() {
        for (String path : List.of("/api/reports/queues?from=2026-02-10",
                "/api/reports/queues?project=ACME&from=10/02/2026",
                "/api/reports/queues?project=ACME&from=2026-02-10&to=2026-02-01",
                "/api/reports/agents?project=ACME&interval=minute",
                "/api/reports/agents?project=ACME&format=pdf",
                "/api/calls/search?project=ACME&caller=06%25",
                "/api/calls/search?project=ACME&page_size=0",
                "/api/calls/search?project=ACME&disposition=lost",
                "/api/reports/queues?project=ACME&team=Sales")) {
            TestBrowser.Answer a = browser.get(path);
            assertThat(a.status()).as(path).isEqualTo(400);
            assertThat(a.errorCode()).as(path).isEqualTo("bad_parameter");
            assertThat(a.json().path("error").path("message").asText()).as(path).isNotBlank();
        }
    }

    @Test
    void aSpanNoDashboardRecordedIsListedByTheReportsOverItHealthAndMetrics() {
        HistoryService history = dashboard.server().history().orElseThrow();
        // ACME was not recorded from 10:00 to 10:30 Paris on Feb 11, and no Logger directory filled it
        history.coverage().gap(new io.cccpexplorer.history.HistoryGap("ACME", Instant.parse("2026-02-11T09:00:00Z"),
                Instant.parse("2026-02-11T09:30:00Z"), io.cccpexplorer.history.HistoryGap.State.GAP, "not recorded"));
        JsonNode over = browser.get("/api/reports/queues?project=ACME&from=2026-02-10&to=2026-02-11").json();
        assertThat(over.path("gaps")).hasSize(1);
        assertThat(over.path("gaps").get(0).path("from").asText()).isEqualTo("2026-02-11T10:00+01:00");
        assertThat(over.path("gaps").get(0).path("to").asText()).isEqualTo("2026-02-11T10:30+01:00");
        assertThat(over.path("gaps").get(0).path("state").asText()).isEqualTo("gap");
        assertThat(over.path("gaps").get(0).path("reason").asText()).isEqualTo("not recorded");
        assertThat(browser.get("/api/reports/agents?project=ACME&from=2026-02-11").json().path("gaps")).hasSize(1);
        assertThat(browser.get("/api/calls/search?project=ACME&from=2026-02-11").json().path("gaps")).hasSize(1);
        // a report of other days, or of another project, has none
        assertThat(browser.get("/api/reports/queues?project=ACME&from=2026-02-10").json().path("gaps")).isEmpty();
        assertThat(browser.get("/api/reports/queues?project=NIGHT&from=2026-02-11").json().path("gaps")).isEmpty();
        JsonNode health = browser.get("/health").json().path("checks").path("history").path("gaps");
        assertThat(health).anySatisfy(g -> assertThat(g.path("project").asText()).isEqualTo("ACME"));
        assertThat(browser.get("/metrics").body()).containsPattern("(?m)^cccp_history_gaps [1-9]");
    }

    @Test
    void healthShowsTheHistorysDiskUse() {
        JsonNode health = browser.get("/health").json();
        assertThat(health.path("checks").path("history").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("checks").path("history").path("disk_bytes").asLong()).isPositive();
        // a number, not NaN (the gauge's supplier was only weakly held and collected)
        assertThat(browser.get("/metrics").body()).containsPattern("(?m)^cccp_history_disk_bytes [1-9]");
    }

    @Test
    void withoutHistoryTheApiSaysSo() {
        try (TestDashboard off = new TestDashboard()) {
            TestBrowser.Answer a = off.browser().get("/api/reports/queues?project=ACME");
            assertThat(a.status()).isEqualTo(503);
            assertThat(a.errorCode()).isEqualTo("history_disabled");
        }
    }
}
