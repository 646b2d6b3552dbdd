package io.cccpexplorer.dashboard.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.alerts.AlertCenter;
import io.cccpexplorer.dashboard.history.HistoryService;
import io.cccpexplorer.dashboard.history.ReportEndpoints;
import io.cccpexplorer.dashboard.project.ProjectHubs;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Assembles the whole HTTP surface (API.md) into one root handler. */
public final class DashboardRoutes {

    private DashboardRoutes() {
    }

    public static RootHandler build(DashboardConfig config, ProjectHubs hubs, AlertCenter alerts,
                                    DashboardMetrics metrics, ObjectMapper json, Clock clock,
                                    HistoryService history) {
        BrowserSessions sessions = new BrowserSessions(clock, config.sessionTtl(), 10_000);
        LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(5));
        SessionCookie cookie = new SessionCookie(config.secureCookies());
        List<Route> routes = new ArrayList<>();
        routes.addAll(new ApiEndpoints(hubs, sessions, config.users(), throttle, cookie, config.eventRingSize(),
                clock, json).routes());
        EventStreamEndpoint events = new EventStreamEndpoint(hubs, config.sseMaxPendingBytes(), config.heartbeat());
        routes.addAll(events.routes());
        routes.addAll(new ConsoleEndpoints(hubs, json, config.sseMaxPendingBytes(), config.heartbeat(),
                metrics.consoleStreams()).routes());
        routes.addAll(new ProtocolEndpoints().routes());
        routes.addAll(new ScreenEndpoints(hubs, alerts, clock).routes());   // alerts, overview (README "Screens")
        routes.addAll(io.cccpexplorer.dashboard.replay.ReplayRoutes.fromEnvironment(clock).routes()); // REPLAY.md
        // call history
        routes.addAll(new ReportEndpoints(history, clock, p -> hubs.figureSettings(p).teams()).routes());
        routes.addAll(new io.cccpexplorer.dashboard.history.RlogRedirects().routes()); // the original's replay links
        routes.addAll(new OpsEndpoints(hubs, metrics, history).routes());
        // a project's page is followed by its stream: its snapshot is built meanwhile (#11, first picture)
        routes.addAll(new PageEndpoints(hubs.catalog(), events::prepareFor).routes());
        return new RootHandler(routes, sessions, config.authEnabled(), config.secureCookies(), config.corsOrigins(),
                HostCheck.of(config.allowedHosts(), config.authEnabled()), json, config.maxBodyBytes(), metrics);
    }

    /**
     * gzip for JSON answers of 1 KiB or more when the browser accepts it: {@code /api/users} and {@code /api/status}
     * of a 5,000-agent site are about 3 MB of JSON each, which compresses about tenfold. The event stream is not
     * compressed here (each frame must reach the browser when it is written), nor an answer that is already
     * encoded (the shared answers of {@link SharedAnswers} carry their own gzip) or has no body (a 304).
     */
    public static io.undertow.server.HttpHandler compressed(io.undertow.server.HttpHandler next) {
        io.undertow.predicate.Predicate jsonOfSomeSize = exchange -> {
            String type = exchange.getResponseHeaders().getFirst(io.undertow.util.Headers.CONTENT_TYPE);
            long length = exchange.getResponseContentLength();
            if (exchange.getStatusCode() == 304
                    || exchange.getResponseHeaders().contains(io.undertow.util.Headers.CONTENT_ENCODING)) {
                return false;
            }
            return type != null && type.startsWith("application/json") && (length < 0 || length >= 1024);
        };
        return new io.undertow.server.handlers.encoding.EncodingHandler(next,
                new io.undertow.server.handlers.encoding.ContentEncodingRepository().addEncodingHandler("gzip",
                        new io.undertow.server.handlers.encoding.GzipEncodingProvider(), 50, jsonOfSomeSize));
    }
}
