package io.cccpexplorer.dashboard.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;

/**
 * Headers on every answer: no inline or foreign script, no framing, no MIME sniffing, no referrer leaks. Inline
 * style attributes stay allowed (charts and table widths set them); inline script never is.
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpServerExchange exchange) {
        HeaderMap h = exchange.getResponseHeaders();
        h.put(HttpString.tryFromString("Content-Security-Policy"), CSP);
        h.put(HttpString.tryFromString("X-Content-Type-Options"), "nosniff");
        h.put(HttpString.tryFromString("X-Frame-Options"), "DENY");
        h.put(HttpString.tryFromString("Referrer-Policy"), "no-referrer");
        h.put(HttpString.tryFromString("Cross-Origin-Opener-Policy"), "same-origin");
        h.put(HttpString.tryFromString("Permissions-Policy"), "camera=(), microphone=(), geolocation=()");
    }
}
