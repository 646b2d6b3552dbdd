package io.cccpexplorer.dashboard.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccpexplorer.dashboard.http.BrowserSessions;
import io.cccpexplorer.dashboard.http.DashboardJson;
import io.cccpexplorer.dashboard.http.DashboardMetrics;
import io.cccpexplorer.dashboard.http.RootHandler;
import io.cccpexplorer.dashboard.http.Route;
import io.cccpexplorer.dashboard.project.BusinessDay;
import io.cccpexplorer.dashboard.project.ProjectCatalog;
import io.cccpexplorer.dashboard.project.ProjectHubs;
import io.undertow.Undertow;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The replay routes behind the dashboard's real root handler (sessions, CSRF, JSON errors) on a bare Undertow bound
 * to 127.0.0.1:0, and a browser-like client: one cookie jar, the CSRF token on every write, a deadline per request.
 */
final class ReplayHttp implements AutoCloseable {

    record Answer(int status, JsonNode body, String text) {
        String errorCode() {
            return body == null ? null : body.path("error").path("code").asText(null);
        }
    }

    private final Undertow undertow;
    private final ProjectHubs hubs;
    private final DashboardMetrics metrics;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = DashboardJson.create();
    private final URI base;
    private String csrf;

    ReplayHttp(ReplayRoutes replay, Clock clock) {
        ObjectMapper mapper = DashboardJson.create();
        ProjectCatalog catalog = new ProjectCatalog(Optional.empty(), List.of(), List.of());
        this.hubs = new ProjectHubs(catalog, null, clock, mapper, 100, Duration.ofMinutes(1),
                new BusinessDay(clock.getZone(), java.time.LocalTime.MIDNIGHT), Duration.ofSeconds(10));
        this.metrics = new DashboardMetrics(hubs);
        List<Route> routes = new ArrayList<>(replay.routes());
        routes.add(new Route("GET", "/test/csrf", "test", Route.Kind.API, Route.Access.PUBLIC,
                r -> r.json(200, Map.of("csrf_token", r.session().csrfToken()))));
        // what the dashboard's page routes do for /static/** and /api/me, enough for a browser
        routes.add(new Route("GET", "/static/**", "static", Route.Kind.STATIC, Route.Access.PUBLIC,
                ReplayHttp::staticFile));
        routes.add(new Route("GET", "/api/me", "me", Route.Kind.API, Route.Access.PUBLIC,
                r -> r.json(200, Map.of("role", "operator", "auth_enabled", false,
                        "csrf_token", r.session().csrfToken()))));
        RootHandler root = new RootHandler(routes, new BrowserSessions(clock, Duration.ofHours(1), 100), false, false,
                List.of(), io.cccpexplorer.dashboard.http.HostCheck.of(List.of(), false), mapper, 64 * 1024, metrics);
        this.undertow = Undertow.builder().addHttpListener(0, "127.0.0.1").setHandler(root).build();
        undertow.start();
        int port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    URI base() {
        return base;
    }

    private static void staticFile(io.cccpexplorer.dashboard.http.ApiRequest r) throws IOException {
        String rest = r.path("rest");
        if (rest.contains("..")) {
            throw new io.cccpexplorer.dashboard.http.ApiException(404, "not_found", "No such file");
        }
        try (java.io.InputStream in = ReplayHttp.class.getClassLoader().getResourceAsStream("web/" + rest)) {
            if (in == null) {
                throw new io.cccpexplorer.dashboard.http.ApiException(404, "not_found", "No such file");
            }
            String type = rest.endsWith(".js") ? "text/javascript" : rest.endsWith(".css") ? "text/css"
                    : rest.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
            r.send(200, type, in.readAllBytes());
        }
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Answer post(String path, Object body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header(RootHandler.CSRF_HEADER, csrf())
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))));
    }

    Answer postWithoutCsrf(String path, Object body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))));
    }

    Answer delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header(RootHandler.CSRF_HEADER, csrf()).DELETE());
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String csrf() throws IOException, InterruptedException {
        if (csrf == null) {
            csrf = get("/test/csrf").body().get("csrf_token").asText();
        }
        return csrf;
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        String type = r.headers().firstValue("Content-Type").orElse("");
        JsonNode body = type.contains("json") && !r.body().isEmpty() ? json.readTree(r.body()) : null;
        return new Answer(r.statusCode(), body, r.body());
    }

    @Override
    public void close() {
        undertow.stop();
        metrics.close();
        hubs.close();
    }
}
