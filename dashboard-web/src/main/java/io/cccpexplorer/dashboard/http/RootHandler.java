package io.cccpexplorer.dashboard.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccpexplorer.dashboard.config.Role;
import io.cccpexplorer.dashboard.feed.SessionNotFoundException;
import io.cccpexplorer.dashboard.project.DirectoryUnavailableException;
import io.cccpexplorer.dashboard.project.ProjectNotFoundException;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.cccpexplorer.protocol.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request goes through here: security headers, CORS, browser session, authentication, role, CSRF, routing,
 * and the mapping of every failure to a JSON error (API) or a small page (pages). Never a stack trace.
 */
public final class RootHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RootHandler.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private final List<Route> routes;
    private final BrowserSessions sessions;
    private final boolean authEnabled;
    private final SessionCookie cookie;
    private final CorsPolicy cors;
    private final HostCheck hosts;
    private final ObjectMapper json;
    private final int maxBodyBytes;
    private final DashboardMetrics metrics;

    public RootHandler(List<Route> routes, BrowserSessions sessions, boolean authEnabled, boolean secureCookies,
                       List<String> corsOrigins, HostCheck hosts, ObjectMapper json, int maxBodyBytes,
                       DashboardMetrics metrics) {
        this.hosts = hosts;
        this.routes = List.copyOf(routes);
        this.sessions = sessions;
        this.authEnabled = authEnabled;
        this.cookie = new SessionCookie(secureCookies);
        this.cors = new CorsPolicy(corsOrigins);
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
        this.metrics = metrics;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        long started = System.nanoTime();
        SecurityHeaders.apply(exchange);
        String path = exchange.getRelativePath().isEmpty() ? "/" : exchange.getRelativePath();
        String method = exchange.getRequestMethod().toString();
        Route route = null;
        Map<String, String> params = null;
        List<String> allowedMethods = new ArrayList<>();
        for (Route r : routes) {
            Map<String, String> p = r.match(path);
            if (p != null) {
                allowedMethods.add(r.method());
                if (r.method().equals(method) || ("HEAD".equals(method) && "GET".equals(r.method()))) {
                    route = r;
                    params = p;
                    break;
                }
            }
        }
        String label = route == null ? "unmatched" : route.name();
        exchange.addExchangeCompleteListener((ex, next) -> {
            metrics.request(label, method, ex.getStatusCode(), System.nanoTime() - started);
            next.proceed();
        });
        boolean api = path.startsWith("/api/") || route != null && route.kind() != Route.Kind.PAGE;
        try {
            hosts.check(exchange);
            RequestEdges.check(exchange);
            if (cors.apply(exchange)) {
                return;
            }
            if (route == null) {
                if (!allowedMethods.isEmpty()) {
                    exchange.getResponseHeaders().put(Headers.ALLOW, String.join(", ", allowedMethods));
                    throw new ApiException(405, "method_not_allowed", method + " is not allowed on " + path);
                }
                throw ApiException.notFound("not_found", "No such resource: " + path);
            }
            BrowserSession session = route.kind() == Route.Kind.STATIC ? null : session(exchange);
            if (session != null) {
                authorize(route, session, method, exchange);
            }
            route.endpoint().handle(new ApiRequest(exchange, session, json, maxBodyBytes, params));
        } catch (LoginRedirect redirect) {
            exchange.setStatusCode(302);
            exchange.getResponseHeaders().put(Headers.LOCATION, "/login");
            exchange.endExchange();
        } catch (Exception e) {
            ApiException error = translate(e, method, path);
            if (exchange.isResponseStarted()) {
                LOG.debug("{} {}: failed after the answer started: {}", method, LogText.of(path),
                        LogText.of(e.toString()));
                exchange.endExchange();
                return;
            }
            if (api) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", error.status());
                body.put("code", error.code());
                body.put("message", error.getMessage());
                new ApiRequest(exchange, null, json, maxBodyBytes, Map.of()).json(error.status(),
                        Map.of("error", body));
            } else {
                new ApiRequest(exchange, null, json, maxBodyBytes, Map.of()).html(error.status(),
                        ErrorPage.render(error.status(), error.getMessage()));
            }
        }
    }

    private BrowserSession session(HttpServerExchange exchange) {
        Cookie sent = exchange.getRequestCookie(BrowserSessions.COOKIE);
        BrowserSession s = sessions.find(sent == null ? null : sent.getValue());
        if (s == null) {
            s = authEnabled ? sessions.create(null, null) : sessions.create(null, Role.OPERATOR);
            cookie.set(exchange, s);
        }
        return s;
    }

    private void authorize(Route route, BrowserSession session, String method, HttpServerExchange exchange) {
        if (!SAFE_METHODS.contains(method)) {
            String token = exchange.getRequestHeaders().getFirst(CSRF_HEADER);
            if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                    session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
                throw new ApiException(403, "csrf_failed", "Missing or wrong " + CSRF_HEADER + " header");
            }
        }
        if (route.access() == Route.Access.PUBLIC) {
            return;
        }
        if (!session.authenticated()) {
            if (route.kind() == Route.Kind.PAGE) {
                throw new LoginRedirect();
            }
            throw new ApiException(401, "unauthenticated", "Log in first");
        }
        if (route.access() == Route.Access.OPERATOR && session.role() != Role.OPERATOR) {
            throw new ApiException(403, "forbidden", "This needs the operator role");
        }
    }

    private static ApiException translate(Exception e, String method, String path) {
        if (e instanceof ApiException a) {
            return a;
        }
        if (e instanceof ProjectNotFoundException) {
            return ApiException.notFound("project_not_found", e.getMessage());
        }
        if (e instanceof SessionNotFoundException) {
            return ApiException.notFound("session_not_found", e.getMessage());
        }
        if (e instanceof DirectoryUnavailableException) {
            return new ApiException(503, "mysql_unavailable", e.getMessage());
        }
        LOG.error("{} {}: unexpected failure", method, LogText.of(path), e);
        return new ApiException(500, "internal_error", "Internal error; the server log has the details");
    }

    /** Thrown to send a browser without a session to the login page. */
    private static final class LoginRedirect extends RuntimeException {
        LoginRedirect() {
            super(null, null, false, false);
        }
    }
}
