package io.cccpexplorer.dashboard.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccpexplorer.client.model.SessionEvent;
import io.cccpexplorer.dashboard.feed.ConsoleFeed;
import io.cccpexplorer.dashboard.feed.SessionNotFoundException;
import io.cccpexplorer.dashboard.project.ProjectHub;
import io.cccpexplorer.dashboard.project.ProjectHubs;
import io.cccpexplorer.dashboard.view.ConsoleRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The session console: the events of one session, found by its exact id in the project the browser is looking at,
 * as a list ({@code POST /api/console/session}) and live ({@code GET /api/console/stream}). Operators only.
 */
final class ConsoleEndpoints {

    static final Duration LOOKUP_DEADLINE = Duration.ofSeconds(10);

    private final ProjectResolver projects;
    private final ObjectMapper json;
    private final long maxPendingBytes;
    private final Duration heartbeat;
    private final AtomicInteger openStreams;

    ConsoleEndpoints(ProjectHubs hubs, ObjectMapper json, long maxPendingBytes, Duration heartbeat,
                     AtomicInteger openStreams) {
        this.projects = new ProjectResolver(hubs);
        this.json = json;
        this.maxPendingBytes = maxPendingBytes;
        this.heartbeat = heartbeat;
        this.openStreams = openStreams;
    }

    List<Route> routes() {
        return List.of(
                new Route("POST", "/api/console/session", "console_session", Route.Kind.API,
                        Route.Access.OPERATOR, this::session),
                new Route("GET", "/api/console/stream", "console_stream", Route.Kind.STREAM,
                        Route.Access.OPERATOR, this::stream));
    }

    private void session(ApiRequest r) {
        String sessionId = r.bodyText("session");
        if (sessionId == null || sessionId.isBlank()) {
            throw ApiException.badRequest("session_required", "Field 'session' is required");
        }
        ProjectHub hub = projects.fromBody(r);
        try (ConsoleFeed console = open(hub, sessionId, e -> { })) {
            List<SessionEvent> events = console.snapshot();
            List<ConsoleRow> rows = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                rows.add(ConsoleRow.of(i + 1, events.get(i)));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("session", sessionId);
            body.put("object_id", Integer.toString(console.objectId()));
            body.put("project", hub.project());
            body.put("columns", rows);
            body.put("count", rows.size());
            body.put("time_zone", hub.timeZone());
            r.json(200, body);
        }
    }

    /**
     * Streams new rows as {@code event: console} frames whose id is the row's position in the session. With
     * {@code after=N} (or {@code Last-Event-ID: N}) rows after position N are sent first, so a browser that listed
     * the session with POST misses nothing.
     */
    private void stream(ApiRequest r) {
        String sessionId = r.query("session");
        if (sessionId == null || sessionId.isBlank()) {
            throw ApiException.badRequest("session_required", "Parameter 'session' is required");
        }
        ProjectHub hub = projects.fromQuery(r);
        Long after = lastId(r);
        AtomicLong position = new AtomicLong();
        List<SessionEvent> early = new ArrayList<>();
        AtomicBoolean ready = new AtomicBoolean();
        SseClient[] client = new SseClient[1];
        Object gate = new Object();
        ConsoleFeed console = open(hub, sessionId, event -> {
            synchronized (gate) {
                if (ready.get()) {
                    client[0].offer(frame(position.incrementAndGet(), event));
                } else {
                    early.add(event);
                }
            }
        });
        openStreams.incrementAndGet();
        SseClient.start("console " + hub.project() + "/" + sessionId, r.exchange(), maxPendingBytes, heartbeat,
                opened -> {
                    synchronized (gate) {
                        client[0] = opened;
                        List<SessionEvent> known = console.snapshot();
                        long start = after == null ? known.size() : Math.max(0, Math.min(after, known.size()));
                        opened.offer("retry: 3000\n\n");
                        for (int i = (int) start; i < known.size(); i++) {
                            opened.offer(frame(i + 1, known.get(i)));
                        }
                        position.set(known.size());
                        // events that arrived while the stream was being set up follow the snapshot
                        for (SessionEvent e : early) {
                            opened.offer(frame(position.incrementAndGet(), e));
                        }
                        ready.set(true);
                    }
                },
                closed -> {
                    console.close();
                    openStreams.decrementAndGet();
                });
    }

    private static Long lastId(ApiRequest r) {
        String raw = r.exchange().getRequestHeaders().getFirst("Last-Event-ID");
        if (raw == null) {
            raw = r.query("after");
        }
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("bad_parameter", "'after' / Last-Event-ID must be a row number");
        }
    }

    private String frame(long id, SessionEvent event) {
        try {
            return "id: " + id + "\nevent: console\ndata: " + json.writeValueAsString(ConsoleRow.of(id, event))
                    + "\n\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a console row", e);
        }
    }

    private static ConsoleFeed open(ProjectHub hub, String sessionId, java.util.function.Consumer<SessionEvent> sink) {
        try {
            return hub.feed().console(sessionId, sink).toCompletableFuture()
                    .get(LOOKUP_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SessionNotFoundException notFound) {
                throw notFound;
            }
            throw new ApiException(502, "cccp_error", "The CCCP server failed to list session '" + sessionId
                    + "': " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new ApiException(504, "cccp_timeout", "The CCCP server did not answer within "
                    + LOOKUP_DEADLINE.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "shutting_down", "The dashboard is stopping");
        }
    }
}
