package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.DashboardServer;
import io.cccpexplorer.dashboard.TestBrowser;
import io.cccpexplorer.dashboard.TestDashboard;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.ConnectionStatus;
import java.net.ServerSocket;
import java.time.OffsetDateTime;
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
}
