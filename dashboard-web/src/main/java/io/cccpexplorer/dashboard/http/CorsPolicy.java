package io.cccpexplorer.dashboard.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin access: none unless origins are configured, then exactly those (credentials allowed, since the
 * session is a cookie). Unlisted origins get no CORS headers at all, so browsers keep blocking them.
 */
final class CorsPolicy {

    private final Set<String> allowed;

    CorsPolicy(List<String> origins) {
        this.allowed = Set.copyOf(origins);
    }

    /**
     * Adds the CORS headers an allowed origin needs.
     *
     * @return true when the request was a preflight and has been answered
     */
    boolean apply(HttpServerExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
        if (origin == null || allowed.isEmpty() || !allowed.contains(origin)) {
            return false;
        }
        HeaderMap h = exchange.getResponseHeaders();
        h.put(HttpString.tryFromString("Access-Control-Allow-Origin"), origin);
        h.put(HttpString.tryFromString("Access-Control-Allow-Credentials"), "true");
        h.add(Headers.VARY, "Origin");
        boolean preflight = "OPTIONS".equals(exchange.getRequestMethod().toString())
                && exchange.getRequestHeaders().contains("Access-Control-Request-Method");
        if (preflight) {
            h.put(HttpString.tryFromString("Access-Control-Allow-Methods"), "GET, POST");
            h.put(HttpString.tryFromString("Access-Control-Allow-Headers"), "Content-Type, X-CSRF-Token, "
                    + "Last-Event-ID");
            h.put(HttpString.tryFromString("Access-Control-Max-Age"), "600");
            exchange.setStatusCode(204);
            exchange.endExchange();
        }
        return preflight;
    }
}
