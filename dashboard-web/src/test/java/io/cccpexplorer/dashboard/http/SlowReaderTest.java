package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.ModelRecords;
import io.cccpexplorer.dashboard.TestDashboard;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import io.cccpexplorer.dashboard.project.ProjectHub;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * A browser that is behind but reading keeps its stream: hundreds of frames waiting behind a slow socket (as behind
 * a multi-megabyte snapshot on a large site) used to count against a 512-frame limit and drop it.
 */
class SlowReaderTest {

    @Test
    void aClientBehindByManyFramesButReadingIsNotDropped() throws Exception {
        try (TestDashboard dashboard = new TestDashboard()) {
            ProjectHub hub = dashboard.server().hubs().hub("ACME");
            try (Socket reader = new Socket("127.0.0.1", dashboard.server().port())) {
                reader.setSoTimeout(20_000);
                OutputStream out = reader.getOutputStream();
                out.write(("GET /api/events/stream?project=ACME HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = reader.getInputStream();
                byte[] head = in.readNBytes(12);
                assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
                for (int i = 0; i < 200 && hub.streamCount() == 0; i++) {
                    Thread.sleep(10);
                }
                // 1,200 frames of 16 kB (19 MB) pushed while the reader takes nothing: far more than the loopback
                // socket buffers hold (a 4 KiB receive buffer made the same point, but its zero-window probes
                // stretched the reading to five minutes)
                InMemoryFeed feed = dashboard.feed("ACME");
                OffsetDateTime now = OffsetDateTime.now(TestDashboard.PARIS);
                String padding = "p".repeat(16_000);
                for (int i = 0; i < 1_200; i++) {
                    feed.putAgent(ModelRecords.AgentBuilder.from(TestDashboard.agent("ACME", 900 + i % 5, "behind" + i,
                            now)).name(padding).build());
                }
                feed.putAgent(TestDashboard.agent("ACME", 999, "caught_up", now));
                // then it reads everything, as a browser working through a big snapshot does
                byte[] marker = "caught_up".getBytes(StandardCharsets.US_ASCII);
                byte[] window = new byte[64 * 1024];
                String tail = "";
                boolean seen = false;
                for (int n; !seen && (n = in.read(window)) >= 0; ) {
                    String chunk = tail + new String(window, 0, n, StandardCharsets.ISO_8859_1);
                    seen = chunk.contains(new String(marker, StandardCharsets.ISO_8859_1));
                    tail = chunk.substring(Math.max(0, chunk.length() - marker.length));
                }
                assertThat(seen).as("the reading client received everything up to the last change").isTrue();
                assertThat(hub.streamCount()).as("and was never dropped").isEqualTo(1);
            }
        }
    }
}
