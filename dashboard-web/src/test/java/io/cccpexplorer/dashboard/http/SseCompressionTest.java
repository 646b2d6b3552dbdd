package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccpexplorer.client.model.CallStatus;
import io.cccpexplorer.dashboard.ModelRecords;
import io.cccpexplorer.dashboard.SseReader;
import io.cccpexplorer.dashboard.TestBrowser;
import io.cccpexplorer.dashboard.TestDashboard;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import io.cccpexplorer.dashboard.project.SseFrame;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event stream at scale (#11, #14 item 4): gzip when the browser accepts it, each event decodable as soon as
 * it arrives; a snapshot with what the views need (live calls and the newest ended ones, not the whole day).
 */
class SseCompressionTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestDashboard dashboard;

    @BeforeAll
    static void start() {
        dashboard = new TestDashboard(b -> b.heartbeat(Duration.ofSeconds(5)).eventRingSize(500));
    }

    @AfterAll
    static void stop() {
        dashboard.close();
    }

    @Test
    void gzipStreamCarriesTheSnapshotAndEachLiveEventAsItHappens() {
        TestBrowser b = dashboard.browser();
        try (SseReader sse = SseReader.open(b, "/api/events/stream?project=ACME", null, "gzip, deflate, br")) {
            assertThat(sse.response().headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(sse.response().headers().firstValue("Vary").orElse("")).contains("Accept-Encoding");
            assertThat(sse.next(WAIT).retry()).isEqualTo("3000");
            assertThat(sse.next(WAIT).event()).isEqualTo("snapshot");
            OffsetDateTime now = OffsetDateTime.now(TestDashboard.PARIS);
            dashboard.feed("ACME").putAgent(TestDashboard.agent("ACME", 601, "gzip_live", now));
            // the stream is still open: the event was flushed on its own, not held until more data came
            assertThat(sse.until(f -> "user".equals(f.event()) && f.data().contains("gzip_live"), WAIT).id())
                    .isNotNull();
        }
    }

    @Test
    void streamIsPlainWhenGzipIsNotAccepted() {
        TestBrowser b = dashboard.browser();
        for (String accept : new String[] {null, "identity", "gzip;q=0, br"}) {
            try (SseReader sse = SseReader.open(b, "/api/events/stream?project=ACME", null, accept)) {
                assertThat(sse.response().headers().firstValue("Content-Encoding").orElse("identity"))
                        .isEqualTo("identity");
                assertThat(sse.next(WAIT).retry()).isEqualTo("3000");
                assertThat(sse.next(WAIT).event()).isEqualTo("snapshot");
            }
        }
    }

    @Test
    void framesCompressedApartFormOneValidGzipMember() throws Exception {
        List<String> texts = List.of("retry: 3000\n\n", "id: 1\nevent: user\ndata: {\"login\":\"été\"}\n\n",
                "x".repeat(100_000), ": ping\n\n");
        GzipStream member = new GzipStream();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.write(GzipStream.HEADER);
        StringBuilder expected = new StringBuilder();
        for (String t : texts) {
            SseFrame f = SseFrame.of(t);
            wire.write(f.deflated());
            member.sent(f.plain());
            expected.append(t);
        }
        wire.write(member.trailer());
        // GZIPInputStream checks the trailer's CRC-32 and length
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(wire.toByteArray()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        }
        assertThat(SseFrame.of("x".repeat(100_000)).deflated().length).isLessThan(1000);
    }

    @Test
    void acceptEncodingIsNegotiated() {
        assertThat(GzipStream.accepted("gzip, deflate, br")).isTrue();
        assertThat(GzipStream.accepted("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(GzipStream.accepted("*")).isTrue();
        assertThat(GzipStream.accepted("gzip;q=0")).isFalse();
        assertThat(GzipStream.accepted("gzip;q=x")).isFalse();
        assertThat(GzipStream.accepted("identity")).isFalse();
        assertThat(GzipStream.accepted(null)).isFalse();
    }

    @Test
    void snapshotHoldsTheLiveCallsAndTheNewestEndedOnesNotTheWholeDay() throws Exception {
        InMemoryFeed feed = dashboard.feed("BETA");
        OffsetDateTime now = OffsetDateTime.now(TestDashboard.PARIS);
        for (int i = 0; i < 150; i++) {   // the day's ended calls, oldest first
            OffsetDateTime start = now.minusHours(5).plusMinutes(i);
            feed.putCall(ModelRecords.call(1000 + i, "session_" + (1000 + i) + "@1.1.Ccxml.ps-BETA")
                    .queue("SAV").state(CallStatus.ENDED).times(start, start.plusSeconds(5), start.plusSeconds(60))
                    .build());
        }
        for (int i = 0; i < 3; i++) {   // live calls that started long ago: older than every ended call
            feed.putCall(ModelRecords.call(5000 + i, "session_" + (5000 + i) + "@1.1.Ccxml.ps-BETA").queue("SAV")
                    .state(CallStatus.TALKING).times(now.minusHours(6), now.minusHours(6).plusSeconds(9), null)
                    .build());
        }
        TestBrowser b = dashboard.browser();
        try (SseReader sse = SseReader.open(b, "/api/events/stream?project=BETA", null, "gzip")) {
            sse.next(WAIT);
            JsonNode snapshot = JSON.readTree(sse.until(f -> "snapshot".equals(f.event()), WAIT).data());
            List<String> ids = new ArrayList<>();
            int live = 0;
            for (JsonNode call : snapshot.path("history")) {
                ids.add(call.path("object_id").asText());
                live += call.path("is_active").asBoolean() ? 1 : 0;
            }
            assertThat(live).isEqualTo(4);   // the three above and the seeded waiting call
            assertThat(ids).hasSize(104).contains("5000", "5001", "5002", "1149", "1050")
                    .doesNotContain("1049", "1000");
            assertThat(snapshot.path("history_count").asInt()).isEqualTo(154);
            assertThat(snapshot.path("recent_events")).isEmpty();
        }
        JsonNode status = b.get("/api/status?project=BETA").json();
        assertThat(status.path("history")).hasSize(104);
        assertThat(status.path("history_count").asInt()).isEqualTo(154);
    }

    @Test
    void aBrowserConnectingJustAfterAnotherMissesNoChange() throws Exception {
        TestBrowser b = dashboard.browser();
        try (SseReader first = SseReader.open(b, "/api/events/stream?project=ACME", null, "gzip")) {
            first.next(WAIT);
            first.until(f -> "snapshot".equals(f.event()), WAIT);
            dashboard.feed("ACME").putAgent(TestDashboard.agent("ACME", 602, "between_two",
                    OffsetDateTime.now(TestDashboard.PARIS)));
            try (SseReader second = SseReader.open(b, "/api/events/stream?project=ACME", null, null)) {
                second.next(WAIT);
                SseReader.Frame snapshot = second.until(f -> "snapshot".equals(f.event()), WAIT);
                if (!snapshot.data().contains("between_two")) {   // a reused snapshot: the change follows it
                    SseReader.Frame change = second.until(f -> "user".equals(f.event())
                            && f.data().contains("between_two"), WAIT);
                    assertThat(Long.parseLong(change.id())).isGreaterThan(Long.parseLong(snapshot.id()));
                }
            }
        }
    }
}
