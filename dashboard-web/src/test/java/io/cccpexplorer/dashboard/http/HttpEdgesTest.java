package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.RawHttp;
import io.cccpexplorer.dashboard.TestBrowser;
import io.cccpexplorer.dashboard.TestDashboard;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests at the edges of HTTP get the documented JSON error, never an empty answer or a reset. */
class HttpEdgesTest {

    private static TestDashboard dashboard;

    @BeforeAll
    static void start() {
        dashboard = new TestDashboard();
    }

    @AfterAll
    static void stop() {
        dashboard.close();
    }

    private static RawHttp.Answer raw(String head) {
        return RawHttp.send(dashboard.server().port(), head + "\r\nHost: 127.0.0.1", new byte[0]);
    }

    private static void assertJsonError(RawHttp.Answer a, int status, String code) {
        assertThat(a.reset()).as("an answer, not a reset").isFalse();
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.header("Content-Type")).startsWith("application/json");
        assertThat(a.errorCode()).isEqualTo(code);
    }

    @Test
    void aVeryLongUrlIsA414() {
        assertJsonError(raw("GET /api/users?project=ACME&x=" + "a".repeat(20_000) + " HTTP/1.1"), 414,
                "uri_too_long");
    }

    @Test
    void veryLongHeadersAreA431() {
        assertJsonError(raw("GET /api/users?project=ACME HTTP/1.1\r\nX-Pad: " + "b".repeat(20_000)), 431,
                "headers_too_large");
    }

    @Test
    void aBackslashInThePathIsA400() {
        assertJsonError(raw("GET /api/users\\..\\status?project=ACME HTTP/1.1"), 400, "bad_request_target");
        RawHttp.Answer page = raw("GET /projects\\ACME HTTP/1.1");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("backslash");
    }

    @Test
    void invalidUtf8InThePathIsA400() {
        assertJsonError(raw("GET /api/%C3%28 HTTP/1.1"), 400, "bad_request_target");
        assertJsonError(raw("GET /api/users?project=%FF%FE HTTP/1.1"), 400, "bad_request_target");
    }

    @Test
    void aTenMegabyteChunkedBodyIsA413() {
        TestBrowser b = dashboard.browser();
        String head = "POST /api/select_server HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "X-CSRF-Token: " + b.csrf() + "\r\nCookie: " + cookie(b) + "\r\nTransfer-Encoding: chunked";
        byte[] chunk = ("{\"project\":\"" + "x".repeat(1_000_000)).getBytes(StandardCharsets.US_ASCII);
        RawHttp.Answer a = RawHttp.send(dashboard.server().port(), head.getBytes(StandardCharsets.US_ASCII), out -> {
            for (int i = 0; i < 10; i++) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        assertJsonError(a, 413, "payload_too_large");
    }

    @Test
    void jsonEndpointsRequireTheJsonContentType() {
        TestBrowser b = dashboard.browser();
        for (String type : new String[] {"text/plain", null}) {
            HttpRequest.Builder r = HttpRequest.newBuilder(b.uri("/api/select_server"))
                    .header("X-CSRF-Token", b.csrf())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"project\":\"ACME\"}"));
            if (type != null) {
                r.header("Content-Type", type);
            }
            TestBrowser.Answer a = b.send(r);
            assertThat(a.status()).as(String.valueOf(type)).isEqualTo(415);
            assertThat(a.errorCode()).isEqualTo("unsupported_media_type");
        }
        assertThat(b.post("/api/select_server", "{\"project\":\"ACME\"}").status()).isEqualTo(200);
        assertThat(b.send(HttpRequest.newBuilder(b.uri("/api/select_server"))
                .header("X-CSRF-Token", b.csrf()).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"project\":\"ACME\"}"))).status()).isEqualTo(200);
    }

    private static String cookie(TestBrowser b) {
        return ((java.net.CookieManager) b.http().cookieHandler().orElseThrow()).getCookieStore().getCookies()
                .stream().map(c -> c.getName() + "=" + c.getValue()).findFirst().orElseThrow();
    }
}
