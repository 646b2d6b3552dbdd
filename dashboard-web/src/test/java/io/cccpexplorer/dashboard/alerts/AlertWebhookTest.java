package io.cccpexplorer.dashboard.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.cccpexplorer.dashboard.http.DashboardJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The webhook against a real HTTP receiver on loopback that fails as told. */
class AlertWebhookTest {

    private static final ObjectMapper JSON = DashboardJson.create();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer receiver;
    private AlertWebhook webhook;

    /** Starts a receiver; {@code answer} maps the request number (1, 2, ...) to the status it answers. */
    private URI receiver(IntUnaryOperator answer, Duration delayFirst) throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/hook", exchange -> {
            int n = requests.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (n == 1 && !delayFirst.isZero()) {
                try {
                    Thread.sleep(delayFirst.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = answer.applyAsInt(n);
            if (status == 200) {
                received.add(JSON.readTree(body));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    }

    @AfterEach
    void stop() {
        if (webhook != null) {
            webhook.close();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    private static AlertChange change(AlertChange.Kind kind, long id) {
        OffsetDateTime t = OffsetDateTime.parse("2026-02-08T10:00:00+01:00");
        Alert a = new Alert(id, "ACME", Subject.queue("SAV"), AlertMetric.WAITING, Severity.ALARM, 12, 10, t, t,
                null, null, kind == AlertChange.Kind.CLEARED ? t.plusMinutes(3) : null,
                kind == AlertChange.Kind.CLEARED ? Alert.RECOVERED : null);
        return new AlertChange(kind, a);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    @Test
    void failedPostsAreRetriedAndChangesArriveInOrder() throws Exception {
        URI url = receiver(n -> n <= 2 ? 503 : 200, Duration.ZERO);
        webhook = new AlertWebhook(new WebhookSettings(url, Duration.ofSeconds(5), 4, Duration.ofMillis(10), 10), JSON);
        webhook.accept(change(AlertChange.Kind.RAISED, 7));
        webhook.accept(change(AlertChange.Kind.ACKNOWLEDGED, 7));
        webhook.accept(change(AlertChange.Kind.CLEARED, 7));
        await(() -> webhook.delivered() == 2);

        assertThat(requests.get()).isEqualTo(4);   // 503, 503, raised, cleared; acknowledgements are not posted
        assertThat(received).extracting(j -> j.path("event").asText()).containsExactly("raised", "cleared");
        JsonNode raised = received.get(0).path("alert");
        assertThat(raised.path("id").asLong()).isEqualTo(7);
        assertThat(raised.path("project").asText()).isEqualTo("ACME");
        assertThat(raised.path("metric").asText()).isEqualTo("waiting");
        assertThat(raised.path("scope").asText()).isEqualTo("queue");
        assertThat(raised.path("subject").asText()).isEqualTo("SAV");
        assertThat(raised.path("level").asText()).isEqualTo("alarm");
        assertThat(raised.path("raised_at").asText()).isEqualTo("2026-02-08T10:00:00+01:00");
        assertThat(received.get(1).path("alert").path("cleared_reason").asText()).isEqualTo("recovered");
        assertThat(webhook.dropped()).isZero();
    }

    @Test
    void anAnswerSlowerThanTheTimeoutIsRetried() throws Exception {
        URI url = receiver(n -> 200, Duration.ofSeconds(6));
        webhook = new AlertWebhook(new WebhookSettings(url, Duration.ofSeconds(1), 4, Duration.ofMillis(10), 10),
                JSON);
        webhook.accept(change(AlertChange.Kind.RAISED, 1));
        await(() -> webhook.delivered() == 1);
        assertThat(webhook.delivered()).isEqualTo(1);
        assertThat(requests.get()).isGreaterThanOrEqualTo(2);   // the first attempt timed out, a retry got through
    }

    @Test
    void aReceiverThatKeepsFailingCostsTheConfiguredAttemptsThenTheChangeIsDropped() throws Exception {
        URI url = receiver(n -> 500, Duration.ZERO);
        webhook = new AlertWebhook(new WebhookSettings(url, Duration.ofSeconds(5), 3, Duration.ofMillis(10), 10), JSON);
        webhook.accept(change(AlertChange.Kind.RAISED, 1));
        await(() -> webhook.dropped() == 1);
        assertThat(requests.get()).isEqualTo(3);
        assertThat(webhook.delivered()).isZero();
    }

    @Test
    void aRefusalIsNotRetried() throws Exception {
        URI url = receiver(n -> n == 1 ? 400 : 200, Duration.ZERO);
        webhook = new AlertWebhook(new WebhookSettings(url, Duration.ofSeconds(5), 4, Duration.ofMillis(10), 10), JSON);
        webhook.accept(change(AlertChange.Kind.RAISED, 1));
        webhook.accept(change(AlertChange.Kind.CLEARED, 1));
        await(() -> webhook.delivered() == 1);
        assertThat(webhook.dropped()).isEqualTo(1);
        assertThat(received).extracting(j -> j.path("event").asText()).containsExactly("cleared");
    }

    @Test
    void aFullQueueDropsNewChangesInsteadOfGrowing() throws Exception {
        URI url = receiver(n -> 200, Duration.ofSeconds(2));
        webhook = new AlertWebhook(new WebhookSettings(url, Duration.ofSeconds(5), 1, Duration.ofMillis(10), 2), JSON);
        for (int i = 1; i <= 6; i++) {
            webhook.accept(change(AlertChange.Kind.RAISED, i));   // 1 in flight (slow), 2 queued, the rest dropped
        }
        await(() -> webhook.delivered() + webhook.dropped() == 6);
        assertThat(webhook.delivered()).isBetween(2L, 3L);
        assertThat(webhook.dropped()).isEqualTo(6 - webhook.delivered());
    }
}
