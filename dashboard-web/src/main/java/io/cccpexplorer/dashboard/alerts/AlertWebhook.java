package io.cccpexplorer.dashboard.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each alert raised, changed or cleared as JSON ({@code {"event": "raised", "alert": {...}}}) to a URL. The
 * alert engine only queues (bounded, never blocking); one daemon thread posts in order, with a deadline per attempt
 * and retries with doubling backoff on network errors, 5xx and 429. A full queue or a change that keeps failing is
 * dropped and logged: the screens stay the reference, the webhook is a courtesy.
 */
public final class AlertWebhook implements Consumer<AlertChange>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertWebhook.class);

    private final WebhookSettings settings;
    private final ObjectMapper json;
    private final HttpClient http;
    private final BlockingQueue<byte[]> queue;
    private final Thread worker;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closed;

    public AlertWebhook(WebhookSettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        this.queue = new ArrayBlockingQueue<>(settings.queueLimit());
        this.worker = new Thread(this::run, "alert-webhook");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    /** Queues a change for posting; acknowledgements are not posted. Never blocks. */
    @Override
    public void accept(AlertChange change) {
        if (change.kind() == AlertChange.Kind.ACKNOWLEDGED || closed) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", change.kind().wire());
        body.put("alert", change.alert());
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode alert " + change.alert().id(), e);
        }
        if (!queue.offer(bytes)) {
            long n = dropped.incrementAndGet();
            LOG.warn("alert webhook {}: queue full ({}), alert {} {} dropped ({} dropped so far)",
                    settings.loggable(), settings.queueLimit(), change.alert().id(), change.kind().wire(), n);
        }
    }

    /** Changes posted successfully so far. */
    public long delivered() {
        return delivered.get();
    }

    /** Changes given up (queue full or every attempt failed). */
    public long dropped() {
        return dropped.get();
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        if (!queue.isEmpty()) {
            LOG.info("alert webhook {}: {} change(s) not posted at shutdown", settings.loggable(), queue.size());
        }
    }

    private void run() {
        try {
            while (!closed) {
                post(queue.take());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void post(byte[] body) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(settings.url()).timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("User-Agent", "cccp-explorer-dashboard")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        Duration wait = settings.backoff();
        String failure = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) {
                    delivered.incrementAndGet();
                    return;
                }
                failure = "HTTP " + status;
                if (status < 500 && status != 429) {
                    break;   // the receiver refuses this request; sending it again will not help
                }
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            if (attempt < settings.attempts()) {
                Thread.sleep(wait.toMillis());
                wait = wait.multipliedBy(2);
            }
        }
        long n = dropped.incrementAndGet();
        LOG.warn("alert webhook {}: gave up after {} ({} dropped so far)", settings.loggable(), failure, n);
    }
}
