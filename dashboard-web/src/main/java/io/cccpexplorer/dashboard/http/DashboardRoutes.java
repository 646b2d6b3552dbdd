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
                clock).routes());
        routes.addAll(new EventStreamEndpoint(hubs, config.sseQueueLimit(), config.heartbeat()).routes());
        routes.addAll(new ConsoleEndpoints(hubs, json, config.sseQueueLimit(), config.heartbeat(),
                metrics.consoleStreams()).routes());
        routes.addAll(new ProtocolEndpoints().routes());
        routes.addAll(new ScreenEndpoints(hubs, alerts, clock).routes());   // alerts, overview (README "Screens")
        routes.addAll(io.cccpexplorer.dashboard.replay.ReplayRoutes.fromEnvironment(clock).routes()); // REPLAY.md
        routes.addAll(new ReportEndpoints(history, clock).routes()); // call history, cccp-history
        routes.addAll(new OpsEndpoints(hubs, metrics, history).routes());
        routes.addAll(new PageEndpoints(hubs.catalog()).routes());
        return new RootHandler(routes, sessions, config.authEnabled(), config.secureCookies(), config.corsOrigins(),
                HostCheck.of(config.allowedHosts(), config.authEnabled()), json, config.maxBodyBytes(), metrics);
    }
}
