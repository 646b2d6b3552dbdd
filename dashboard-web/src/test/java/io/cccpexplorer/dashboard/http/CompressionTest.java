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
}
