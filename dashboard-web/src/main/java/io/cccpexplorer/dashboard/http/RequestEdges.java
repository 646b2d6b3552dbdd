package io.cccpexplorer.dashboard.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import java.util.Deque;
import java.util.Map;

/**
 * The checks Undertow's parser would otherwise make with an empty {@code 400} and a closed connection: the parser
 * is configured to let these requests through (up to its own hard limits, see {@code DashboardServer}) so that they
 * get the documented JSON error here, with a status that says what is wrong.
 */
final class RequestEdges {

    /** Longest request target (path and query) served; a browser's own limit is larger, ours is a policy. */
    static final int MAX_TARGET = 8 * 1024;
    /** Largest sum of header names and values served. */
    static final int MAX_HEADERS = 16 * 1024;

    private RequestEdges() {
    }

    /** @throws ApiException 414, 431 or 400 for a request whose target or headers are not acceptable */
    static void check(HttpServerExchange exchange) {
        String path = exchange.getRequestPath();
        String query = exchange.getQueryString();
        if (exchange.getRequestURI().length() + query.length() > MAX_TARGET) {
            throw new ApiException(414, "uri_too_long", "The URL is longer than " + MAX_TARGET + " characters");
        }
        long headerBytes = 0;
        for (HeaderValues values : exchange.getRequestHeaders()) {
            for (String v : values) {
                headerBytes += values.getHeaderName().length() + v.length() + 4;
            }
        }
        if (headerBytes > MAX_HEADERS) {
            throw new ApiException(431, "headers_too_large", "The request headers exceed " + MAX_HEADERS + " bytes");
        }
        if (!clean(path)) {
            throw ApiException.badRequest("bad_request_target",
                    "The path holds a backslash, a control character or bytes that are not UTF-8");
        }
        for (Map.Entry<String, Deque<String>> p : exchange.getQueryParameters().entrySet()) {
            if (!clean(p.getKey()) || !p.getValue().stream().allMatch(RequestEdges::clean)) {
                throw ApiException.badRequest("bad_request_target",
                        "A query parameter holds a control character or bytes that are not UTF-8");
            }
        }
    }

    /**
     * No backslash (some servers and proxies read it as '/', so paths would not mean the same thing to all), no
     * control character, and no U+FFFD, which is what the URL decoder makes of bytes that are not UTF-8.
     */
    private static boolean clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c < 0x20 || c == 0x7f || c == '\uFFFD') {
                return false;
            }
        }
        return true;
    }
}
