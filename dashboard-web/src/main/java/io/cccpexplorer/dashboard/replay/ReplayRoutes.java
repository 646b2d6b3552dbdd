package io.cccpexplorer.dashboard.replay;

import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.dashboard.http.ApiException;
import io.cccpexplorer.dashboard.http.ApiRequest;
import io.cccpexplorer.dashboard.http.Route;
import io.cccpexplorer.dashboard.view.ConsoleRow;
import io.cccpexplorer.dashboard.view.IsoTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The log-replay ("History") part of the dashboard: {@code /api/replay/**} and the {@code /replay} pages (see
 * REPLAY.md). Mount its {@link #routes()} in the dashboard's route table; errors are the API's JSON errors and
 * the root handler applies authentication, roles and CSRF (anything that starts, stops or reads a console needs
 * the operator role).
 */
public final class ReplayRoutes {

    private static final RowFormat EVENT_FORMAT = RowFormat.of("date", "source", "target", "state", "name",
            "string_data");
    private static final long EVENT_DEADLINE_NANOS = 30_000_000_000L;

    private final ReplaySnapshots snapshots;
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

    public ReplayRoutes(ReplaySnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /**
     * Routes over snapshots configured from the process environment ({@code DASHBOARD_LOGS_ROOT}, ...); a bad value
     * stops the start with a message naming the variable. With a logs root, the snapshots' replay servers are
     * stopped when the JVM exits; without one nothing is started at all.
     */
    public static ReplayRoutes fromEnvironment(Clock clock) {
        ReplaySnapshots snapshots = new ReplaySnapshots(ReplaySettings.fromEnvironment(System.getenv()), clock);
        if (snapshots.available()) {
            Runtime.getRuntime().addShutdownHook(new Thread(snapshots::close, "replay-shutdown"));
        }
        return new ReplayRoutes(snapshots);
    }

    public ReplaySnapshots snapshots() {
        return snapshots;
    }

    public List<Route> routes() {
        return List.of(
                api("GET", "/api/replay/projects", Route.Access.VIEWER, this::projects),
                api("GET", "/api/replay/snapshots", Route.Access.VIEWER, this::listSnapshots),
                api("POST", "/api/replay/snapshots", Route.Access.OPERATOR, this::start),
                api("GET", "/api/replay/snapshots/{id}", Route.Access.VIEWER,
                        r -> r.json(200, snapshotJson(snapshot(r)))),
                api("DELETE", "/api/replay/snapshots/{id}", Route.Access.OPERATOR, this::delete),
                api("GET", "/api/replay/jobs/{id}", Route.Access.VIEWER, r -> r.json(200, jobJson(snapshot(r)))),
                api("GET", "/api/replay/snapshots/{id}/calls", Route.Access.VIEWER, this::calls),
                api("GET", "/api/replay/snapshots/{id}/sessions/{session}/events", Route.Access.OPERATOR,
                        this::events),
                page("/replay", "replay.html"), page("/replay_light", "replay.html"),
                page("/replay/console", "console.html"), page("/replay_light/console", "console.html"));
    }

    private void projects(ApiRequest r) throws IOException {
        LogCatalog catalog = catalog();
        List<Map<String, Object>> out = new ArrayList<>();
        for (LogCatalog.ProjectDays p : catalog.projects()) {
            List<Map<String, Object>> days = new ArrayList<>();
            for (LogCatalog.Day d : p.days()) {
                days.add(ordered("date", d.date().toString(), "files", d.files(), "hours", d.hours()));
            }
            out.add(ordered("project", p.project(), "days", days));
        }
        ZoneId zone = snapshots.settings().zone();
        r.json(200, ordered("zone", zone.getId(), "today", java.time.LocalDate.now(zone).toString(),
                "count", out.size(), "projects", out));
    }

    private void start(ApiRequest r) throws IOException {
        LogCatalog catalog = catalog();
        String project = ReplayInputs.project(r.bodyText("project"));
        SnapshotKey key = new SnapshotKey(project, ReplayInputs.date(r.bodyText("date")),
                ReplayInputs.hour(r.bodyText("hour")));
        HourWindow window;
        try {
            window = HourWindow.of(key, snapshots.settings().zone());
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad_hour", e.getMessage());
        }
        if (!catalog.hasProject(project)) {
            throw new ApiException(404, "project_not_found", "No logs for project '" + project + "'");
        }
        ReplaySnapshots.Start started;
        try {
            started = snapshots.start(key, window, r.session() == null ? null : r.session().user());
        } catch (ReplaySnapshots.TooManySnapshots e) {
            throw new ApiException(429, "too_many_snapshots", e.getMessage());
        }
        Snapshot s = started.snapshot();
        Map<String, Object> body = ordered("snapshot_id", s.id(), "job_id", s.id(), "created", started.created(),
                "state", s.state().wire(), "job", jobJson(s), "snapshot", snapshotJson(s));
        r.json(started.created() ? 202 : 200, body);
    }

    private void listSnapshots(ApiRequest r) {
        catalog();
        String project = r.query("project");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Snapshot s : snapshots.list()) {
            if (project == null || project.isEmpty() || s.key().project().equals(project)) {
                out.add(snapshotJson(s));
            }
        }
        r.json(200, ordered("count", out.size(), "snapshots", out));
    }

    private void delete(ApiRequest r) {
        catalog();
        String id = ReplayInputs.snapshotId(r.path("id"));
        if (!snapshots.delete(id)) {
            throw notFound();
        }
        r.json(200, ordered("deleted", id));
    }

    private void calls(ApiRequest r) {
        Snapshot s = snapshot(r);
        int page = r.intQuery("page", 1, 1, 1_000_000);
        int size = r.intQuery("size", 200, 1, 1000);
        ReplayData data = acquire(s);
        try {
            ReplayCalls.Page p = data.calls().page(r.query("q"), page, size);
            r.json(200, ordered("snapshot_id", s.id(), "items", p.items(), "page", p.page(), "size", p.size(),
                    "total", p.total(), "pages", p.pages()));
        } finally {
            s.release();
        }
    }

    private void events(ApiRequest r) throws Exception {
        Snapshot s = snapshot(r);
        String session = ReplayInputs.sessionId(r.path("session"));
        ReplayData data = acquire(s);
        try {
            int objectId = data.objectId(session).orElseThrow(() -> new ApiException(404, "session_not_found",
                    "Session '" + session + "' is not in snapshot " + s.key().label()));
            List<Row> rows;
            try {
                rows = SnapshotLoader.await(data.connection().listRows(ListQuery.of(objectId, "events"),
                        EVENT_FORMAT), System.nanoTime() + EVENT_DEADLINE_NANOS, "reading the session's events");
            } catch (SnapshotLoader.LoadFailure e) {
                throw new ApiException(502, "replay_failed", e.getMessage());
            }
            List<ConsoleRow> columns = new ArrayList<>(rows.size());
            long id = 0;
            for (Row row : rows) {
                columns.add(new ConsoleRow(++id, IsoTime.iso(row.date("date")), row.text("source"),
                        row.text("target"), row.text("state"), row.text("name"), row.text("string_data")));
            }
            r.json(200, ordered("snapshot_id", s.id(), "project", s.key().project(), "date",
                    s.key().date().toString(), "session", session, "object_id", objectId, "columns", columns,
                    "count", columns.size(), "time_zone", snapshots.settings().zone().getId()));
        } finally {
            s.release();
        }
    }

    private LogCatalog catalog() {
        if (!snapshots.available()) {
            throw new ApiException(503, "replay_unavailable",
                    "Log replay is off: no logs folder is configured (" + ReplaySettings.LOGS_ROOT_ENV + ")");
        }
        return snapshots.catalog();
    }

    private Snapshot snapshot(ApiRequest r) {
        catalog();
        return snapshots.find(ReplayInputs.snapshotId(r.path("id"))).orElseThrow(ReplayRoutes::notFound);
    }

    private static ReplayData acquire(Snapshot s) {
        return s.acquire().orElseThrow(() -> s.state() == SnapshotState.FAILED
                ? new ApiException(409, "snapshot_failed", "Snapshot " + s.key().label() + " failed: " + s.reason())
                : s.isClosed() ? notFound()
                : new ApiException(409, "snapshot_not_ready", "Snapshot " + s.key().label() + " is still "
                + s.state().wire()));
    }

    private static ApiException notFound() {
        return new ApiException(404, "snapshot_not_found", "No such snapshot (deleted or expired?)");
    }

    private Map<String, Object> snapshotJson(Snapshot s) {
        SnapshotKey k = s.key();
        ZoneId zone = snapshots.settings().zone();
        return ordered("id", s.id(), "key", k.label(), "project", k.project(), "date", k.date().toString(),
                "hour", k.hour().isPresent() ? k.hour().getAsInt() : null, "state", s.state().wire(),
                "reason", s.reason(), "files", s.filesFound(), "records", s.recordsLoaded(), "calls", s.calls(),
                "window_from", iso(s.window().from(), zone), "window_to", iso(s.window().to(), zone),
                "created", iso(s.created(), zone), "last_used", iso(s.lastUsed(), zone),
                "created_by", s.createdBy(), "in_use", s.users() > 0);
    }

    private Map<String, Object> jobJson(Snapshot s) {
        ZoneId zone = snapshots.settings().zone();
        int percent = switch (s.state()) {
            case QUEUED -> 0;
            case LOADING -> 5 + (int) Math.round(85 * s.window().progress(s.loadedUntil()));
            case READY -> 100;
            case FAILED -> (int) Math.round(100 * s.window().progress(s.loadedUntil()));
        };
        return ordered("job_id", s.id(), "snapshot_id", s.id(), "key", s.key().label(), "state", s.state().wire(),
                "progress", progressText(s), "percent", percent, "files_found", s.filesFound(),
                "records_loaded", s.recordsLoaded(), "loaded_until", iso(s.loadedUntil(), zone),
                "reason", s.reason(), "created", iso(s.created(), zone), "finished", iso(s.finished(), zone));
    }

    private static String progressText(Snapshot s) {
        return switch (s.state()) {
            case QUEUED -> "Queued: waiting for a free loader";
            case LOADING -> s.recordsLoaded() == 0 ? "Loading: reading " + s.filesFound() + " log files"
                    : "Loading: " + s.recordsLoaded() + " records from " + s.filesFound() + " files";
            case READY -> "Ready: " + s.recordsLoaded() + " records from " + s.filesFound() + " files";
            case FAILED -> "Failed: " + s.reason();
        };
    }

    private static String iso(Instant t, ZoneId zone) {
        return t == null ? null : IsoTime.iso(OffsetDateTime.ofInstant(t, zone));
    }

    private Route api(String method, String pattern, Route.Access access, Route.Endpoint endpoint) {
        return new Route(method, pattern, "replay", Route.Kind.API, access, endpoint);
    }

    private Route page(String path, String file) {
        return new Route("GET", path, "replay_page", Route.Kind.PAGE, Route.Access.VIEWER, r -> {
            byte[] html = pages.computeIfAbsent(file, ReplayRoutes::resource);
            r.exchange().getResponseHeaders().put(io.undertow.util.Headers.CACHE_CONTROL, "no-cache");
            r.send(200, "text/html; charset=UTF-8", html);
        });
    }

    private static byte[] resource(String file) {
        try (InputStream in = ReplayRoutes.class.getClassLoader().getResourceAsStream("web/replay/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource web/replay/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON object with its keys in the order given (null values are kept, as {@code null}). */
    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
