package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccpexplorer.client.model.CallStatus;
import io.cccpexplorer.client.model.SessionEvent;
import io.cccpexplorer.dashboard.ModelRecords;
import io.cccpexplorer.dashboard.SseReader;
import io.cccpexplorer.dashboard.TestBrowser;
import io.cccpexplorer.dashboard.TestDashboard;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConsoleTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SHORT = "session_1@9.9.Ccxml.ps-host";
    private static final String LONG = "session_15@9.9.Ccxml.ps-host";
    private static TestDashboard dashboard;

    @BeforeAll
    static void start() {
        dashboard = new TestDashboard();
        InMemoryFeed feed = dashboard.feed("ACME");
        OffsetDateTime t = OffsetDateTime.parse("2026-02-08T10:03:46+01:00");
        feed.putCall(ModelRecords.call(4815, LONG).numbers("06", "08").queue("SAV").state(CallStatus.TALKING)
                .times(t, t, null).build());
        feed.putCall(ModelRecords.call(4816, SHORT).numbers("06", "08").queue("SAV").state(CallStatus.TALKING)
                .times(t, t, null).build());
        feed.addSessionEvent(LONG, new SessionEvent(4815, t, "long-source", "x", "init", "connection.alerting",
                "long"));
        feed.addSessionEvent(SHORT, new SessionEvent(4816, t, "sip:0611@10.0.0.1", "ACME__SAV", "init",
                "connection.alerting", "a|b|c | Fin of data"));
    }

    @AfterAll
    static void stop() {
        dashboard.close();
    }

    @Test
    void sessionIdsMatchExactlyNeverByPrefix() {
        TestBrowser b = dashboard.browser();
        JsonNode answer = b.post("/api/console/session", "{\"session\":\"" + SHORT + "\",\"project\":\"ACME\"}")
                .json();
        assertThat(answer.path("object_id").asText()).isEqualTo("4816");
        assertThat(answer.path("session").asText()).isEqualTo(SHORT);
        assertThat(answer.path("project").asText()).isEqualTo("ACME");
        assertThat(answer.path("count").asInt()).isEqualTo(1);
        assertThat(answer.path("columns")).hasSize(1);
        TestBrowser.Answer prefix = b.post("/api/console/session",
                "{\"session\":\"session_1\",\"project\":\"ACME\"}");
        assertThat(prefix.status()).isEqualTo(404);
        assertThat(prefix.errorCode()).isEqualTo("session_not_found");
        assertThat(prefix.json().path("error").path("message").asText()).isEqualTo("Session 'session_1' not found");
    }

    @Test
    void rowsKeepFullDataAndIsoDatesWithSecondsAndOffset() {
        JsonNode row = dashboard.browser().post("/api/console/session",
                "{\"session\":\"" + SHORT + "\",\"project\":\"ACME\"}").json().path("columns").get(0);
        assertThat(row.path("date").asText()).isEqualTo("2026-02-08T10:03:46+01:00");
        assertThat(row.path("data").asText()).isEqualTo("a|b|c | Fin of data");
        assertThat(row.path("source").asText()).isEqualTo("sip:0611@10.0.0.1");
        assertThat(row.path("name").asText()).isEqualTo("connection.alerting");
        assertThat(row.path("id").asInt()).isEqualTo(1);
    }

    @Test
    void theConsoleUsesTheProjectTheBrowserCameFrom() {
        TestBrowser b = dashboard.browser();
        b.post("/api/select_server", "{\"project\":\"BETA\"}");
        // the session lives on ACME; BETA (this browser's selection) does not know it
        assertThat(b.post("/api/console/session", "{\"session\":\"" + SHORT + "\"}").status()).isEqualTo(404);
        assertThat(b.post("/api/console/session", "{\"session\":\"" + SHORT + "\",\"project\":\"ACME\"}").status())
                .isEqualTo(200);
        assertThat(b.post("/api/console/session", "{\"project\":\"ACME\"}").errorCode())
                .isEqualTo("session_required");
    }

    @Test
    void newRowsArriveLiveOverSse() throws Exception {
        TestBrowser b = dashboard.browser();
        try (SseReader sse = SseReader.open(b, "/api/console/stream?project=ACME&session=" + LONG + "&after=0",
                null)) {
            assertThat(sse.next(WAIT).retry()).isEqualTo("3000");
            SseReader.Frame known = sse.next(WAIT);
            assertThat(known.event()).isEqualTo("console");
            assertThat(known.id()).isEqualTo("1");
            dashboard.feed("ACME").addSessionEvent(LONG, new SessionEvent(4815,
                    OffsetDateTime.parse("2026-02-08T10:05:00+01:00"), "s", "t", "connected", "dialog.started",
                    "x|y"));
            SseReader.Frame live = sse.until(f -> "console".equals(f.event()), WAIT);
            assertThat(live.id()).isEqualTo("2");
            JsonNode row = new ObjectMapper().readTree(live.data());
            assertThat(row.path("data").asText()).isEqualTo("x|y");
            assertThat(row.path("date").asText()).isEqualTo("2026-02-08T10:05:00+01:00");
        }
        TestBrowser.Answer unknown = b.get("/api/console/stream?project=ACME&session=session_404");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("session_not_found");
    }
}
