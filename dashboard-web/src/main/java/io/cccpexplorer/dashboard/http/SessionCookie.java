package io.cccpexplorer.dashboard.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

/**
 * Writes the browser-session cookie: HttpOnly (no script can read it), SameSite=Strict (no other site can send it),
 * Secure over TLS or when configured (behind a TLS proxy).
 */
record SessionCookie(boolean secureConfigured) {

    void set(HttpServerExchange exchange, BrowserSession s) {
        exchange.getResponseHeaders().add(Headers.SET_COOKIE, BrowserSessions.COOKIE + "=" + s.id() + attributes(
                exchange));
    }

    void clear(HttpServerExchange exchange) {
        exchange.getResponseHeaders().add(Headers.SET_COOKIE, BrowserSessions.COOKIE + "=; Max-Age=0"
                + attributes(exchange));
    }

    private String attributes(HttpServerExchange exchange) {
        return "; Path=/; HttpOnly; SameSite=Strict" + (secureConfigured || exchange.isSecure() ? "; Secure" : "");
    }
}
