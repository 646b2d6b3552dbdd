package io.cccpexplorer.dashboard.http;

import io.cccpexplorer.dashboard.project.ProjectHub;
import io.cccpexplorer.dashboard.project.ProjectHubs;
import io.cccpexplorer.dashboard.project.StreamViews;
import io.cccpexplorer.protocol.LogText;
import io.undertow.util.Headers;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/events/stream}: the project's numbered events as SSE. A reconnecting browser sends
 * {@code Last-Event-ID} and resumes from the hub's ring buffer, or gets a fresh {@code snapshot}. With
 * {@code views=queues[,users][,calls]} the stream carries only those rows (a wallboard needs no call steps).
 */
final class EventStreamEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(EventStreamEndpoint.class);

    private final ProjectHubs hubs;
    private final ProjectResolver projects;
    private final long maxPendingBytes;
    private final Duration heartbeat;

    EventStreamEndpoint(ProjectHubs hubs, long maxPendingBytes, Duration heartbeat) {
        this.hubs = hubs;
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
        // the snapshot is built here, on this request's worker thread, not on the I/O thread the stream opens on
        ProjectHub.PreparedSnapshot snapshot = hub.prepareSnapshot(lastId, views,
                GzipStream.accepted(r.exchange().getRequestHeaders().getFirst(Headers.ACCEPT_ENCODING)));
        SseClient.start("events " + hub.project(), r.exchange(), maxPendingBytes, heartbeat,
                client -> hub.attach(client, lastId, views, snapshot), hub::detach);
    }

    /**
     * Builds the snapshot of a project's page about to open its stream ({@code /cst_explorer/P}, once the page was
     * sent): the stream, opened once the page's scripts ran (about 0.3 to 0.5 s later), then finds it ready and
     * shared ({@link ProjectHub#prepareSnapshot}), instead of waiting for a 5,000-agent site's picture to be built.
     * A failure here costs nothing but that head start: the stream builds its own.
     */
    void prepareFor(String project, String acceptEncoding) {
        try {
            hubs.hub(project).prepareSnapshot(null, StreamViews.ALL, GzipStream.accepted(acceptEncoding));
        } catch (RuntimeException e) {
            LOG.debug("project {}: no snapshot ahead of its stream: {}", LogText.escape(project), e.toString());
        }
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
