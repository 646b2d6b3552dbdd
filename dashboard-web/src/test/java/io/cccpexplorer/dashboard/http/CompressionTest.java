package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.TestBrowser;
import io.cccpexplorer.dashboard.TestDashboard;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** JSON answers are gzip-compressed for browsers that accept it, and identical once decompressed. */
class CompressionTest {

    @Test
    void largeJsonIsGzippedWhenAccepted() throws Exception {
        try (TestDashboard d = new TestDashboard()) {
            TestBrowser b = d.browser();
            String plain = b.get("/api/protocol").body();
            assertThat(plain.length()).isGreaterThan(1024);
            HttpResponse<byte[]> zipped = b.http().send(HttpRequest.newBuilder(b.uri("/api/protocol"))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(zipped.statusCode()).isEqualTo(200);
            assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(zipped.body().length).isLessThan(plain.length() / 3);
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
            }
        }
    }

    /**
     * {@code /api/users} and {@code /api/status} come from one shared encoding (SharedAnswers): gzip once (not
     * compressed a second time by the server's encoding handler), the same JSON either way, and a 304 without a
     * body for a browser that already holds it. The dashboard's clock stands still, so the answers are not renewed
     * between the requests (their durations would change them).
     */
    @Test
    void sharedAnswersAreGzippedOnceAndRevalidated() throws Exception {
        io.cccpexplorer.dashboard.ManualClock clock = new io.cccpexplorer.dashboard.ManualClock(
                java.time.Instant.now(), TestDashboard.PARIS);
        try (TestDashboard d = new TestDashboard(c -> c.clock(clock))) {
            TestBrowser b = d.browser();
            for (String path : java.util.List.of("/api/users?project=ACME", "/api/status?project=ACME")) {
                HttpResponse<byte[]> plain = b.http().send(HttpRequest.newBuilder(b.uri(path)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                HttpResponse<byte[]> zipped = b.http().send(HttpRequest.newBuilder(b.uri(path))
                        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
                assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
                assertThat(zipped.headers().firstValue("Vary").orElse("")).as(path)
                        .containsIgnoringCase("accept-encoding");
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(path)
                            .isEqualTo(new String(plain.body(), StandardCharsets.UTF_8))
                            .startsWith(path.contains("users") ? "[" : "{");
                }
                String etag = zipped.headers().firstValue("ETag").orElseThrow();
                HttpResponse<byte[]> again = b.http().send(HttpRequest.newBuilder(b.uri(path))
                        .header("Accept-Encoding", "gzip").header("If-None-Match", etag).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(again.statusCode()).as(path).isEqualTo(304);
                assertThat(again.body()).as(path).isEmpty();
                assertThat(again.headers().firstValue("ETag")).as(path).hasValue(etag);
            }
        }
    }
}
