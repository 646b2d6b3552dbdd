package io.cccpexplorer.dashboard.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.config.UserAccount;
import io.cccpexplorer.dashboard.project.ProjectCatalog;
import io.cccpexplorer.dashboard.project.ProjectHub;
import io.cccpexplorer.dashboard.project.ProjectHubs;
import io.cccpexplorer.dashboard.view.CallView;
import io.cccpexplorer.dashboard.view.EventView;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The JSON data and account endpoints of API.md. */
final class ApiEndpoints {

    private final ProjectHubs hubs;
    private final ProjectResolver projects;
    private final BrowserSessions sessions;
    private final Authenticator authenticator;
    private final LoginThrottle throttle;
    private final SessionCookie cookie;
    private final boolean authEnabled;
    private final int ringSize;
    private final Clock clock;
    private final ObjectMapper json;
    private final SharedAnswers shared;

    /** One entry of {@code /api/servers}. */
    record ServerView(String project, String cccip, @JsonProperty("ccc_dispatch_port") int dispatchPort,
                      @JsonProperty("ccc_proxy_port") int proxyPort, @JsonProperty("vocal_node") String vocalNode,
                      String source) {
        static ServerView of(ServerEntry s) {
            return new ServerView(s.project(), s.cccip(), s.dispatchPort(), s.proxyPort(), s.vocalNode(),
                    s.source().wire());
        }
    }

    ApiEndpoints(ProjectHubs hubs, BrowserSessions sessions, List<UserAccount> users, LoginThrottle throttle,
                 SessionCookie cookie, int ringSize, Clock clock, ObjectMapper json) {
        this.hubs = hubs;
        this.projects = new ProjectResolver(hubs);
        this.sessions = sessions;
        this.authenticator = new Authenticator(users);
        this.throttle = throttle;
        this.cookie = cookie;
        this.authEnabled = !users.isEmpty();
        this.ringSize = ringSize;
        this.clock = clock;
        this.json = json;
        this.shared = new SharedAnswers(clock);
    }

    List<Route> routes() {
        return List.of(
                api("GET", "/api/status", "status", r -> shared(r, marked(r, false), "status", ProjectHub::status)),
                api("GET", "/api/users", "users", r -> shared(r, marked(r, true), "users", ProjectHub::users)),
                api("GET", "/api/queues", "queues", r -> r.json(200, marked(r, true).queues())),
                // the curve is the server's own: it answers (possibly empty) before the project's first picture
                api("GET", "/api/agents/stats", "agent_stats", r -> r.json(200, marked(r, true).agentStats())),
                api("GET", "/api/kpis/series", "kpi_series", r -> r.json(200, marked(r, false).curve())),
                api("GET", "/api/teams", "teams", this::teams),
                api("GET", "/api/history", "history", this::history),
                api("GET", "/api/events", "events", this::events),
                api("GET", "/api/servers", "servers", this::servers),
                api("POST", "/api/select_server", "select_server", this::selectServer),
                new Route("GET", "/api/me", "me", Route.Kind.API, Route.Access.PUBLIC, this::me),
                new Route("POST", "/api/login", "login", Route.Kind.API, Route.Access.PUBLIC, this::login),
                new Route("POST", "/api/logout", "logout", Route.Kind.API, Route.Access.PUBLIC, this::logout));
    }

    private static Route api(String method, String path, String name, Route.Endpoint endpoint) {
        return new Route(method, path, name, Route.Kind.API, Route.Access.VIEWER, endpoint);
    }

    /**
     * The request's project, with its answer marked live or stale (DataMarks). Lists refuse to answer before the
     * first picture; the status answers, since it carries the connection state the page shows meanwhile.
     */
    private ProjectHub marked(ApiRequest r, boolean requireLoaded) {
        ProjectHub hub = projects.fromQuery(r);
        DataMarks.project(r, hub, clock.instant(), requireLoaded);
        return hub;
    }

    /**
     * Serves a project's large answer from its shared encoding (SharedAnswers: at most 0.5 s old), and when that
     * encoding is due for renewal, renews it once this request's answer has been sent.
     */
    private void shared(ApiRequest r, ProjectHub hub, String view, Function<ProjectHub, Object> body) {
        Supplier<byte[]> encoder = () -> encode(body.apply(hub));
        SharedAnswers.Lookup lookup = shared.lookup(hub, view, encoder);
        r.shared(lookup.answer());
        if (lookup.refreshAfterwards()) {
            shared.refresh(hub, view, encoder);
        }
    }

    private byte[] encode(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    private void history(ApiRequest r) {
        ProjectHub hub = marked(r, true);
        int page = r.intQuery("page", 1, 1, 1_000_000);
        int size = r.intQuery("size", 100, 1, 1000);
        String active = r.query("active");
        if (active != null && !active.equals("true") && !active.equals("false")) {
            throw ApiException.badRequest("bad_parameter", "Parameter 'active' must be true or false");
        }
        String q = r.query("q");
        String status = blankToNull(r.query("status"));
        if (status != null && !CALL_STATUSES.contains(status)) {
            throw ApiException.badRequest("bad_parameter", "Parameter 'status' must be one of "
                    + String.join(", ", CALL_STATUSES));
        }
        String queue = blankToNull(r.query("queue"));
        String team = blankToNull(r.query("team"));
        // filtered here, before paging: a page filtered in the browser would show fewer rows and wrong totals
        List<CallView> matching = hub.calls().stream()
                .filter(c -> active == null || c.isActive() == Boolean.parseBoolean(active))
                .filter(c -> status == null || status.equals(c.status()))
                .filter(c -> queue == null || queue.equals(c.queueName()))
                .filter(c -> team == null || c.teams().contains(team))
                .filter(c -> q == null || q.isBlank() || c.matches(q.trim()))
                .toList();
        int from = (int) Math.min((long) (page - 1) * size, matching.size());
        int to = Math.min(from + size, matching.size());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", matching.subList(from, to));
        body.put("page", page);
        body.put("size", size);
        body.put("total", matching.size());
        r.json(200, body);
    }

    /** One entry of {@code /api/teams}: a team and its queues, full names and the names the tables show. */
    record TeamView(String name, List<String> queues, @JsonProperty("queue_names") List<String> queueNames) {
    }

    /**
     * The project's team catalogue (configuration {@code teams}), the same the model computes team figures with;
     * answered from the configuration, without opening the project.
     */
    private void teams(ApiRequest r) {
        String project = r.query("project");
        if (project == null || project.isBlank()) {
            project = r.session() == null ? null : r.session().selectedProject();
        }
        if (project == null || project.isBlank()) {
            throw ApiException.badRequest("project_required", "Parameter 'project' is required");
        }
        String name = project;
        ServerEntry server = hubs.catalog().find(name).orElseThrow(() -> ApiException.notFound("project_not_found",
                "Unknown project '" + name + "'"));
        List<TeamView> teams = hubs.figureSettings(server.project()).teams().entrySet().stream()
                .map(e -> new TeamView(e.getKey(), e.getValue(),
                        e.getValue().stream().map(io.cccpexplorer.client.model.QueueNames::shortName).toList()))
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("project", server.project());
        body.put("teams", teams);
        r.json(200, body);
    }

    /** The call statuses as the API spells them ({@code CallView.status}). */
    private static final List<String> CALL_STATUSES = java.util.Arrays.stream(
            io.cccpexplorer.client.model.CallStatus.values()).map(v -> v.name().toLowerCase(java.util.Locale.ROOT))
            .toList();

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private void servers(ApiRequest r) {
        ProjectCatalog.Listing listing = hubs.catalog().listing();
        listing.directory().ifPresent(d -> DataMarks.directory(r, d, clock.instant()));
        r.json(200, listing.servers().stream().map(ServerView::of).toList());
    }

    private void events(ApiRequest r) {
        ProjectHub hub = marked(r, false);
        List<EventView> events = hub.events(r.intQuery("limit", 100, 1, ringSize));
        r.json(200, Map.of("count", events.size(), "events", events));
    }

    private void selectServer(ApiRequest r) {
        String project = r.bodyText("project");
        String host = r.bodyText("host");
        if ((project == null || project.isBlank()) && host != null) {
            String port = r.bodyText("port");
            project = hubs.catalog().servers().stream()
                    .filter(s -> s.cccip().equals(host) && (port == null || Integer.toString(s.dispatchPort())
                            .equals(port)))
                    .map(ServerEntry::project).findFirst()
                    .orElseThrow(() -> ApiException.notFound("project_not_found",
                            "No project is served by " + host + (port == null ? "" : ":" + port)));
        }
        if (project == null || project.isBlank()) {
            throw ApiException.badRequest("project_required", "Field 'project' is required");
        }
        ProjectHub hub = hubs.hub(project);
        r.session().select(hub.project());
        r.json(200, hub.status());
    }

    private void me(ApiRequest r) {
        BrowserSession s = r.session();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", s.user());
        body.put("role", s.role() == null ? null : s.role().wire());
        body.put("csrf_token", s.csrfToken());
        body.put("auth_enabled", authEnabled);
        r.json(200, body);
    }

    private void login(ApiRequest r) {
        if (!authEnabled) {
            me(r);
            return;
        }
        String address = r.exchange().getSourceAddress() == null ? "?"
                : r.exchange().getSourceAddress().getAddress().getHostAddress();
        String user = r.bodyText("username");
        String password = r.bodyText("password");
        if (user == null || password == null) {
            throw ApiException.badRequest("credentials_required", "Fields 'username' and 'password' are required");
        }
        if (!throttle.allowed(address, user)) {
            throw new ApiException(429, "too_many_attempts", "Too many failed logins; try again later");
        }
        Optional<UserAccount> account = authenticator.authenticate(user, password);
        if (account.isEmpty()) {
            throttle.failed(address, user);
            throw new ApiException(401, "bad_credentials", "Wrong user name or password");
        }
        throttle.succeeded(address, user);
        // a fresh session id at login: a session id planted before login is worth nothing
        String selected = r.session().selectedProject();
        sessions.remove(r.session());
        BrowserSession fresh = sessions.create(account.get().name(), account.get().role());
        fresh.select(selected);
        cookie.set(r.exchange(), fresh);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", fresh.user());
        body.put("role", fresh.role().wire());
        body.put("csrf_token", fresh.csrfToken());
        r.json(200, body);
    }

    private void logout(ApiRequest r) {
        sessions.remove(r.session());
        cookie.clear(r.exchange());
        r.json(200, Map.of("logged_out", true));
    }
}
