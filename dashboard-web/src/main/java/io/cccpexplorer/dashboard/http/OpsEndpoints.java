package io.cccpexplorer.dashboard.http;

import io.cccpexplorer.dashboard.feed.ConnectionStatus;
import io.cccpexplorer.dashboard.project.ProjectCatalog;
import io.cccpexplorer.dashboard.project.ProjectDirectory;
import io.cccpexplorer.dashboard.project.ProjectHub;
import io.cccpexplorer.dashboard.history.HistoryService;
import io.cccpexplorer.dashboard.project.ProjectHubs;
import io.cccpexplorer.dashboard.view.IsoTime;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /health}: UP when every open project is live and MySQL (if configured) answers, DEGRADED otherwise,
 * with one check per project and one for MySQL (always HTTP 200: the dashboard itself works). {@code GET /metrics}:
 * Prometheus text.
 */
final class OpsEndpoints {

    private final ProjectHubs hubs;
    private final ProjectCatalog catalog;
    private final DashboardMetrics metrics;
    private final HistoryService history;

    OpsEndpoints(ProjectHubs hubs, DashboardMetrics metrics, HistoryService history) {
        this.hubs = hubs;
        this.catalog = hubs.catalog();
        this.metrics = metrics;
        this.history = history;
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", "/health", "health", Route.Kind.STATIC, Route.Access.PUBLIC, this::health),
                new Route("GET", "/metrics", "metrics", Route.Kind.STATIC, Route.Access.PUBLIC,
                        r -> r.send(200, "text/plain; version=0.0.4; charset=utf-8",
                                metrics.scrape().getBytes(StandardCharsets.UTF_8))));
    }

    private void health(ApiRequest r) {
        boolean up = true;
        Map<String, Object> projects = new LinkedHashMap<>();
        for (ProjectHub hub : hubs.open()) {
            ConnectionStatus c = hub.connection();
            up &= c.state() == ConnectionStatus.State.LIVE;
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("state", c.state().wire());
            check.put("since", IsoTime.iso(c.since()));
            check.put("error", c.error());
            check.put("streams", hub.streamCount());
            check.put("listener_failures", hub.feed().listenerFailures());
            projects.put(hub.project(), check);
        }
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("projects", projects);
        if (catalog.directory().isPresent()) {
            // what the directory last saw: /health never waits on MySQL either (it starts a refresh when due)
            ProjectDirectory.Listing l = catalog.directory().get().peek();
            Map<String, Object> mysql = new LinkedHashMap<>();
            boolean readable = l.asOf() != null && !l.stale();
            up &= readable;
            mysql.put("status", readable ? "UP" : "DOWN");
            if (!readable) {
                mysql.put("error", l.error() != null ? l.error() : "MySQL has not answered yet");
            }
            mysql.put("as_of", l.asOf() == null ? null : l.asOf().toString());
            checks.put("mysql", mysql);
        }
        if (history != null) {
            checks.put("history", history.health());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DEGRADED");
        body.put("checks", checks);
        r.json(200, body);
    }
}
