package io.cccpexplorer.dashboard.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Defence against DNS rebinding. With authentication off, the dashboard trusts whoever reaches its loopback port;
 * but a web page on {@code evil.example} whose name an attacker re-points to 127.0.0.1 reaches that port too, from
 * the victim's own browser, with {@code Host: evil.example:5000} (and would read the agent list, get a CSRF token
 * from {@code /api/me} and open consoles). The browser always sends the name it resolved, so accepting only known
 * names closes the hole: the loopback names by default, the configured {@code allowed.hosts} otherwise.
 *
 * <p>With authentication on and no list configured there is no check: a rebinding page has no session cookie
 * (the cookie belongs to the real name), and a proxy in front may use any name.
 */
public final class HostCheck {

    /** Names a loopback-only dashboard is reached by. */
    static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1");

    private final Set<String> allowed;

    /** @param allowed host names (no port; IPv6 without brackets), or empty for no check */
    HostCheck(List<String> allowed) {
        this.allowed = allowed.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The check for a configuration: its list if any, else loopback names while authentication is off. */
    public static HostCheck of(List<String> configured, boolean authEnabled) {
        if (!configured.isEmpty()) {
            return new HostCheck(configured);
        }
        return new HostCheck(authEnabled ? List.of() : LOOPBACK);
    }

    /** @throws ApiException 403 {@code host_not_allowed} when the request names a host not on the list */
    void check(HttpServerExchange exchange) {
        if (allowed.isEmpty()) {
            return;
        }
        String header = exchange.getRequestHeaders().getFirst(Headers.HOST);
        if (header == null) {
            return;   // HTTP/1.0 without Host: not a browser, and a rebinding page always sends the name
        }
        String host = hostName(header);
        if (host == null || !allowed.contains(host.toLowerCase(Locale.ROOT))) {
            throw new ApiException(403, "host_not_allowed", "This dashboard is not served under that host name; "
                    + "use one of " + allowed.stream().sorted().toList() + " (setting allowed.hosts)");
        }
    }

    /** The name part of a Host header ({@code name[:port]}, {@code [v6][:port]}), or {@code null} if malformed. */
    static String hostName(String header) {
        String h = header.trim();
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? null : h.substring(1, close);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
