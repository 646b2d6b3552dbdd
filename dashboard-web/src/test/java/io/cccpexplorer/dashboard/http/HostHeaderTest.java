package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.RawHttp;
import io.cccpexplorer.dashboard.TestDashboard;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DNS rebinding: with authentication off, only the configured host names (loopback by default) are served. */
class HostHeaderTest {

    private static RawHttp.Answer get(TestDashboard d, String path, String host) {
        return RawHttp.send(d.server().port(), "GET " + path + " HTTP/1.1\r\nHost: " + host, new byte[0]);
    }

    @Test
    void aRebindingPageGetsNeitherDataNorACsrfToken() {
        try (TestDashboard d = new TestDashboard()) {
            int port = d.server().port();
            for (String path : List.of("/api/users?project=ACME", "/api/me", "/", "/api/events/stream?project=ACME")) {
                RawHttp.Answer a = get(d, path, "evil.example:" + port);
                assertThat(a.status()).as(path).isEqualTo(403);
                assertThat(a.body()).contains("not served under that host name")
                        .doesNotContain("csrf_token").doesNotContain("agent_acme");
                if (path.startsWith("/api/")) {
                    assertThat(a.errorCode()).isEqualTo("host_not_allowed");
                }
            }
        }
    }

    @Test
    void theLoopbackNamesAreServed() {
        try (TestDashboard d = new TestDashboard()) {
            int port = d.server().port();
            for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port)) {
                RawHttp.Answer a = get(d, "/api/me", host);
                assertThat(a.status()).as(host).isEqualTo(200);
                assertThat(a.json().path("csrf_token").asText()).isNotEmpty();
            }
        }
    }

    @Test
    void configuredNamesReplaceTheLoopbackDefault() {
        try (TestDashboard d = new TestDashboard(b -> b.allowedHosts(List.of("dashboard.example")))) {
            assertThat(get(d, "/api/me", "dashboard.example:8080").status()).isEqualTo(200);
            assertThat(get(d, "/api/me", "evil.example").status()).isEqualTo(403);
            assertThat(get(d, "/api/me", "localhost").status()).isEqualTo(403);
        }
    }
}
