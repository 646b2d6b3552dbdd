package io.cccpexplorer.dashboard.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.dashboard.alerts.Alert;
import io.cccpexplorer.dashboard.alerts.AlertCenter;
import io.cccpexplorer.dashboard.project.ProjectHub;
import io.cccpexplorer.dashboard.project.ProjectHubs;
import io.cccpexplorer.dashboard.screens.Headline;
import io.cccpexplorer.dashboard.screens.Overview;
import io.cccpexplorer.dashboard.view.IsoTime;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/alerts}, {@code /api/alerts/ack}, {@code /api/overview} and {@code /api/headline} (API.md "Alerts and
 * overview").
 */
final class ScreenEndpoints {

    private final ProjectHubs hubs;
    private final AlertCenter alerts;
    private final Overview overview;
    private final Clock clock;

    ScreenEndpoints(ProjectHubs hubs, AlertCenter alerts, Clock clock) {
        this.hubs = hubs;
        this.alerts = alerts;
        this.overview = new Overview(hubs, alerts, clock);
        this.clock = clock;
    }

    List<Route> routes() {
        return List.of(
                new Route("GET", "/api/alerts", "alerts", Route.Kind.API, Route.Access.VIEWER, this::list),
                new Route("POST", "/api/alerts/ack", "alerts_ack", Route.Kind.API, Route.Access.OPERATOR, this::ack),
                new Route("GET", "/api/overview", "overview", Route.Kind.API, Route.Access.VIEWER, this::overview),
                new Route("GET", "/api/headline", "headline", Route.Kind.API, Route.Access.VIEWER, this::headline));
    }

    /** One project's alerts ({@code ?project=}, which watches it), or every read project's without it. */
    private void list(ApiRequest r) {
        String project = r.query("project");
        Map<String, Object> body = new LinkedHashMap<>();
        if (project != null && !project.isBlank()) {
            ProjectHub hub = hubs.hub(project);
            body.put("project", hub.project());
            body.put("open", alerts.open(hub.project()));
            body.put("recent", alerts.recent(hub.project()));
        } else {
            List<Alert> recent = new ArrayList<>();
            hubs.open().forEach(h -> recent.addAll(alerts.recent(h.project())));
            recent.sort(Comparator.comparing(Alert::cleared).reversed());
            body.put("project", null);
            body.put("open", alerts.openEverywhere());
            body.put("recent", recent.subList(0, Math.min(100, recent.size())));
        }
        r.json(200, body);
    }

    private void ack(ApiRequest r) {
        String project = r.bodyText("project");
        JsonNode id = r.body().get("id");
        if (project == null || project.isBlank()) {
            throw ApiException.badRequest("project_required", "Field 'project' is required");
        }
        if (id == null || !id.isIntegralNumber() || !id.canConvertToLong()) {
            throw ApiException.badRequest("bad_parameter", "Field 'id' must be an alert id (a number)");
        }
        String user = r.session() == null || r.session().user() == null ? "-" : r.session().user();
        Alert acked = alerts.acknowledge(project, id.asLong(), user).orElseThrow(() -> ApiException.notFound(
                "alert_not_found", "Project '" + project + "' has no open alert " + id.asText()));
        r.json(200, acked);
    }

    /** One project's headline figures and its teams' (the wallboard's total and team views). */
    private void headline(ApiRequest r) {
        String project = r.query("project");
        if (project == null || project.isBlank()) {
            throw ApiException.badRequest("project_required", "Parameter 'project' is required");
        }
        ProjectHub hub = hubs.hub(project);
        ContactCenterSnapshot s = hub.feed().snapshot();
        Map<String, Headline> teams = new LinkedHashMap<>();
        s.teamFigures().forEach((team, figures) -> teams.put(team, Headline.team(figures)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("project", hub.project());
        body.put("figures", Headline.project(s, clock.instant()));
        body.put("teams", teams);
        r.json(200, body);
    }

    private void overview(ApiRequest r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("generated_at", IsoTime.iso(OffsetDateTime.now(clock)));
        body.put("projects", overview.rows());
        r.json(200, body);
    }
}
