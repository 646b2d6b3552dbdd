package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.DashboardServer;
import io.cccpexplorer.dashboard.ManualClock;
import io.cccpexplorer.dashboard.TestBrowser;
import io.cccpexplorer.dashboard.TestDashboard;
import io.cccpexplorer.dashboard.cccp.EmbeddedSimulator;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.ConnectionStatus;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Old data never looks fresh: every data answer says whether it is live, and since when it is not; before the
 * first picture a list is "loading", never an empty list that reads as "nobody is logged in".
 */
class DataFreshnessTest {

    @Test
    void duringAnOutageEveryDataAnswerIsMarkedWithTheOutageStart() {
        try (TestDashboard d = new TestDashboard()) {
            TestBrowser b = d.browser();
            TestBrowser.Answer live = b.get("/api/users?project=ACME");
            assertThat(live.header("X-Data-State")).isEqualTo("live");
            assertThat(live.header("Age")).isEqualTo("0");

            OffsetDateTime lost = OffsetDateTime.now(TestDashboard.PARIS).minusMinutes(3).withNano(0);
            d.feed("ACME").setConnection(new ConnectionStatus(ConnectionStatus.State.RECONNECTING, lost, "timeout"));

            for (String path : List.of("/api/users", "/api/queues", "/api/history", "/api/status", "/api/events")) {
                TestBrowser.Answer a = b.get(path + "?project=ACME");
                assertThat(a.status()).as(path).isEqualTo(200);
                assertThat(a.header("X-Data-State")).as(path).isEqualTo("reconnecting");
                assertThat(a.header("X-Data-As-Of")).as(path).isEqualTo(lost.toInstant().toString());
                assertThat(Long.parseLong(a.header("Age"))).as(path).isBetween(180L, 3600L);
            }
            assertThat(b.get("/api/users?project=ACME").json()).isNotEmpty();   // the last data, kept and marked
        }
    }

    @Test
    void aFirstPictureTheServerLeftUnansweredIsUnavailableWithItsReasonNotLoadingForEver() throws Exception {
        try (TestDashboard d = new TestDashboard()) {
            TestBrowser b = d.browser();
            d.feed("ACME").failFirstPicture("query_list agents unanswered after 5 attempts of 5 s");

            for (String path : List.of("/api/users", "/api/queues", "/api/history")) {
                TestBrowser.Answer a = b.get(path + "?project=ACME");
                assertThat(a.status()).as(path).isEqualTo(503);
                assertThat(a.errorCode()).as(path).isEqualTo("data_unavailable");
                assertThat(a.body()).as(path).contains("could not be loaded")
                        .contains("query_list agents unanswered after 5 attempts");
                assertThat(a.header("Retry-After")).as(path).isEqualTo("30");
            }
            // answers that are not lists say so in their freshness mark instead of refusing
            assertThat(b.get("/api/status?project=ACME").header("X-Data-State")).isEqualTo("unavailable");
        }
    }

    @Test
    void beforeTheFirstPictureListsAreLoadingNotEmpty() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        DashboardConfig config = DashboardConfig.builder().port(0).simulator(false)
                .server(new ServerEntry("DOWN", "127.0.0.1", closed, 0, null, ServerEntry.Source.CONFIG))
                .cccpCredentials("demo", "demo").build();
        try (DashboardServer server = DashboardServer.start(config)) {
            TestBrowser b = new TestBrowser(server.uri());
            for (String path : List.of("/api/users", "/api/queues", "/api/history")) {
                TestBrowser.Answer a = b.get(path + "?project=DOWN");
                assertThat(a.status()).as(path).isEqualTo(503);
                assertThat(a.errorCode()).isEqualTo("data_loading");
                assertThat(a.header("Retry-After")).isNotBlank();
            }
            TestBrowser.Answer status = b.get("/api/status?project=DOWN");
            assertThat(status.status()).isEqualTo(200);
            assertThat(status.header("X-Data-State")).isEqualTo("loading");
        }
    }

    @Test
    void withASingleProjectTheStatusNeedsNoProjectParameter() {
        try (TestDashboard d = new TestDashboard(b -> b.servers(List.of(
                new ServerEntry("ACME", "192.0.2.10", 20263, 0, null, ServerEntry.Source.CONFIG))))) {
            TestBrowser.Answer a = d.browser().get("/api/status");
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.body()).contains("agent_acme");
        }
        try (TestDashboard two = new TestDashboard()) {
            assertThat(two.browser().get("/api/status").errorCode()).isEqualTo("project_required");
        }
    }

    /**
     * The outage start survives the client's retries: each attempt moves the link between reconnecting and
     * offline, and each move used to restart {@code since}, so a 3-minute outage always looked a few seconds old.
     * A real server (the simulator) is stopped; a socket on its port then accepts and drops each retry while the
     * dashboard's clock moves on between attempts.
     */
    @Test
    void theOutageStartSurvivesEveryRetry() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC);
        EmbeddedSimulator simulator = EmbeddedSimulator.start("LAB", 8, 7L, Clock.systemUTC());
        boolean stopped = false;
        int port = simulator.port();
        DashboardConfig config = DashboardConfig.builder().port(0).simulator(false).clock(clock).zone(ZoneOffset.UTC)
                .server(new ServerEntry("LAB", "127.0.0.1", port, 0, null, ServerEntry.Source.CONFIG))
                .cccpCredentials(simulator.login(), simulator.password()).build();
        try (DashboardServer server = DashboardServer.start(config)) {
            TestBrowser b = new TestBrowser(server.uri());
            b.awaitGet("/api/users?project=LAB", a -> a.status() == 200 && "live".equals(a.header("X-Data-State"))
                    && !a.json().isEmpty());

            clock.advance(Duration.ofMinutes(1));
            Instant lost = clock.instant();
            simulator.close();
            stopped = true;
            b.awaitGet("/api/status?project=LAB", a -> !"live".equals(a.header("X-Data-State")));

            try (ServerSocket retries = new ServerSocket()) {
                retries.setReuseAddress(true);
                retries.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                retries.setSoTimeout(30_000);
                for (int attempt = 0; attempt < 3; attempt++) {
                    clock.advance(Duration.ofSeconds(10));
                    try (Socket s = retries.accept()) {
                        s.setSoLinger(true, 0);   // dropped at once: the client backs off and tries again
                    }
                }
            }

            for (String path : List.of("/api/users", "/api/queues", "/api/status")) {
                TestBrowser.Answer a = b.get(path + "?project=LAB");
                assertThat(a.status()).as(path).isEqualTo(200);
                assertThat(a.header("X-Data-State")).as(path).isIn("reconnecting", "offline");
                assertThat(a.header("X-Data-As-Of")).as(path).isEqualTo(lost.toString());
                assertThat(Long.parseLong(a.header("Age"))).as(path).isEqualTo(30L);
            }
            assertThat(b.get("/api/users?project=LAB").json()).isNotEmpty();   // the last data, kept and marked
        } finally {
            if (!stopped) {
                simulator.close();
            }
        }
    }
}
