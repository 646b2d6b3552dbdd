package io.cccpexplorer.dashboard.http;

import io.cccpexplorer.dashboard.project.ProjectHub;
import io.cccpexplorer.dashboard.project.ProjectHubs;
import io.cccpexplorer.dashboard.project.StreamViews;
import java.time.Duration;
import java.util.List;

/**
 * {@code GET /api/events/stream}: the project's numbered events as SSE. A reconnecting browser sends
 * {@code Last-Event-ID} and resumes from the hub's ring buffer, or gets a fresh {@code snapshot}. With
 * {@code views=queues[,users][,calls]} the stream carries only those rows (a wallboard needs no call steps).
 */
final class EventStreamEndpoint {

    private final ProjectResolver projects;
    private final long maxPendingBytes;
    private final Duration heartbeat;

    EventStreamEndpoint(ProjectHubs hubs, long maxPendingBytes, Duration heartbeat) {
        this.projects = new ProjectResolver(hubs);
        this.maxPendingBytes = maxPendingBytes;
        this.heartbeat = heartbeat;
    }

    List<Route> routes() {
        return List.of(new Route("GET", "/api/events/stream", "events_stream", Route.Kind.STREAM,
                Route.Access.VIEWER, this::stream));
    }

    private void stream(ApiRequest r) {
        StreamViews views;
        try {
            views = StreamViews.parse(r.query("views"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad_parameter", "Parameter 'views': " + e.getMessage());
        }
        ProjectHub hub = projects.fromQuery(r);
        Long lastId = lastEventId(r);
        SseClient.start("events " + hub.project(), r.exchange(), maxPendingBytes, heartbeat,
                client -> hub.attach(client, lastId, views), hub::detach);
    }

    /** {@code Last-Event-ID} header, or {@code last_event_id} for clients that cannot set headers. */
    private static Long lastEventId(ApiRequest r) {
        String raw = r.exchange().getRequestHeaders().getFirst("Last-Event-ID");
        if (raw == null) {
            raw = r.query("last_event_id");
        }
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            return null;   // an id we never issued: start with a snapshot
        }
    }
}
