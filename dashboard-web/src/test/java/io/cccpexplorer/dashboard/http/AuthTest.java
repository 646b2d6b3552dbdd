package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cccpexplorer.dashboard.TestBrowser;
import io.cccpexplorer.dashboard.TestDashboard;
import io.cccpexplorer.dashboard.config.PasswordHash;
import io.cccpexplorer.dashboard.config.Role;
import io.cccpexplorer.dashboard.config.UserAccount;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthTest {

    private static TestDashboard dashboard;

    @BeforeAll
    static void start() {
        dashboard = new TestDashboard(b -> b.host("127.0.0.1")
                .user(new UserAccount("alice", Role.OPERATOR, PasswordHash.hash("alice-pw".toCharArray())))
                .user(new UserAccount("victor", Role.VIEWER, PasswordHash.hash("victor-pw".toCharArray())))
                .corsOrigin("https://wallboard.example"));
    }

    @AfterAll
    static void stop() {
        dashboard.close();
    }

    private static TestBrowser loggedIn(String user, String password) {
        TestBrowser b = dashboard.browser();
        TestBrowser.Answer a = b.post("/api/login", "{\"username\":\"" + user + "\",\"password\":\"" + password
                + "\"}");
        assertThat(a.status()).isEqualTo(200);
        b.forgetCsrf(a.json().path("csrf_token").asText());
        return b;
    }

    @Test
    void withoutLoginDataIsRefusedAndPagesRedirect() {
        TestBrowser anonymous = dashboard.browser();
        JsonNode me = anonymous.me();
        assertThat(me.path("auth_enabled").asBoolean()).isTrue();
        assertThat(me.path("user").isNull()).isTrue();
        TestBrowser.Answer data = anonymous.get("/api/status?project=ACME");
        assertThat(data.status()).isEqualTo(401);
        assertThat(data.errorCode()).isEqualTo("unauthenticated");
        TestBrowser.Answer page = anonymous.get("/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).isEqualTo("/login");
        assertThat(anonymous.get("/login").status()).isEqualTo(200);
        assertThat(anonymous.get("/static/js/login.js").status()).isEqualTo(200);
    }

    @Test
    void loginSetsAStrictHttpOnlyCookieAndANewSession() {
        TestBrowser b = dashboard.browser();
        String before = b.csrf();
        TestBrowser.Answer a = b.post("/api/login", "{\"username\":\"alice\",\"password\":\"alice-pw\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("user").asText()).isEqualTo("alice");
        assertThat(a.json().path("role").asText()).isEqualTo("operator");
        assertThat(a.json().path("csrf_token").asText()).isNotEqualTo(before);
        String cookie = a.header("Set-Cookie");
        assertThat(cookie).startsWith("cccp_session=").contains("HttpOnly").contains("SameSite=Strict")
                .contains("Path=/");
        b.forgetCsrf(a.json().path("csrf_token").asText());
        assertThat(b.get("/api/status?project=ACME").status()).isEqualTo(200);
        assertThat(b.post("/api/logout", "{}").status()).isEqualTo(200);
        assertThat(b.get("/api/status?project=ACME").status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordsAreRefusedThenThrottled() {
        TestBrowser b = dashboard.browser();
        for (int i = 0; i < 5; i++) {
            TestBrowser.Answer a = b.post("/api/login", "{\"username\":\"mallory\",\"password\":\"guess" + i
                    + "\"}");
            assertThat(a.status()).isEqualTo(401);
            assertThat(a.errorCode()).isEqualTo("bad_credentials");
        }
        // even the right password for that name is refused now; other names from the same address are not
        TestBrowser.Answer blocked = b.post("/api/login", "{\"username\":\"mallory\",\"password\":\"guess0\"}");
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.errorCode()).isEqualTo("too_many_attempts");
        assertThat(b.post("/api/login", "{\"username\":\"alice\",\"password\":\"alice-pw\"}").status())
                .isEqualTo(200);
    }

    @Test
    void everyPostNeedsTheCsrfToken() {
        TestBrowser b = dashboard.browser();
        TestBrowser.Answer noToken = b.postWithoutCsrf("/api/login",
                "{\"username\":\"alice\",\"password\":\"alice-pw\"}");
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.errorCode()).isEqualTo("csrf_failed");
        TestBrowser operator = dashboard.browser();
        operator.me();
        operator.forgetCsrf("not-the-token");
        assertThat(operator.post("/api/select_server", "{\"project\":\"ACME\"}").errorCode())
                .isEqualTo("csrf_failed");
    }

    @Test
    void viewersWatchButOnlyOperatorsOpenConsoles() {
        TestBrowser viewer = loggedIn("victor", "victor-pw");
        assertThat(viewer.get("/api/users?project=ACME").status()).isEqualTo(200);
        TestBrowser.Answer console = viewer.post("/api/console/session",
                "{\"session\":\"session_1@1.1.Ccxml.ps-ACME\",\"project\":\"ACME\"}");
        assertThat(console.status()).isEqualTo(403);
        assertThat(console.errorCode()).isEqualTo("forbidden");
        assertThat(viewer.get("/api/console/stream?project=ACME&session=x").status()).isEqualTo(403);
        TestBrowser operator = loggedIn("alice", "alice-pw");
        assertThat(operator.post("/api/console/session",
                "{\"session\":\"session_1@1.1.Ccxml.ps-ACME\",\"project\":\"ACME\"}").status()).isEqualTo(200);
    }

    @Test
    void corsOnlyForTheConfiguredOrigin() {
        TestBrowser b = dashboard.browser();
        TestBrowser.Answer allowed = b.send(HttpRequest.newBuilder(b.uri("/api/me"))
                .header("Origin", "https://wallboard.example").GET());
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://wallboard.example");
        TestBrowser.Answer other = b.send(HttpRequest.newBuilder(b.uri("/api/me"))
                .header("Origin", "https://evil.example").GET());
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
        TestBrowser.Answer preflight = b.send(HttpRequest.newBuilder(b.uri("/api/select_server"))
                .header("Origin", "https://wallboard.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Headers")).contains("X-CSRF-Token");
    }

    @Test
    void withoutUsersAuthIsOffAndTheServerStaysOnLoopback() {
        assertThatThrownBy(() -> new TestDashboard(b -> b.host("0.0.0.0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host 0.0.0.0 is not a loopback address")
                .hasMessageContaining("DASHBOARD_USERS");
        try (TestDashboard open = new TestDashboard(b -> b.host("127.0.0.1"))) {
            assertThat(open.server().uri().getHost()).isEqualTo("127.0.0.1");
            JsonNode me = open.browser().me();
            assertThat(me.path("auth_enabled").asBoolean()).isFalse();
            assertThat(me.path("role").asText()).isEqualTo("operator");
            assertThat(me.path("csrf_token").asText()).hasSizeGreaterThan(20);
        }
    }
}
