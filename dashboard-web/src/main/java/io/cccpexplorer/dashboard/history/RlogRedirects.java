package io.cccpexplorer.dashboard.history;

import io.cccpexplorer.dashboard.http.ApiException;
import io.cccpexplorer.dashboard.http.ApiRequest;
import io.cccpexplorer.dashboard.http.Route;
import io.undertow.util.Headers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The original dashboard's log-replay bookmarks ({@code /rlog_console}, {@code /api/rlog/*}) sent to their
 * successors in the call history: a replayed call's console is now the stored call's console, a replayed day's
 * calls are now a call search over that day. The original had one global replay and no project in its links: the
 * link's {@code project} is used when it has one, else the project this browser selected. What has no successor
 * (starting, stopping or polling the one global replay dispatch) answers 410 {@code gone} naming what replaced it.
 */
public final class RlogRedirects {

    private static final String GONE = "The original's single log-replay dispatch is gone: replay a log hour with "
            + "POST /api/replay/snapshots (REPLAY.md), or read stored calls with /api/calls/search";

    public List<Route> routes() {
        return List.of(
                page("/rlog_console"), page("/rlog_console_light"),
                api("/api/rlog/sessions", r -> {
                    String date = date(r);
                    return query("/api/calls/search", "project", project(r), "from", date, "to", date);
                }),
                api("/api/rlog/session/detail", r -> {
                    String session = session(r);
                    return query("/api/calls/" + encode(session) + "/events", "project", project(r));
                }),
                gone("GET"), gone("POST"), gone("DELETE"));
    }

    /**
     * {@code /rlog_console?session=S&date=D}: the stored call's console, or the day's call search without a project.
     */
    private static Route page(String path) {
        return new Route("GET", path, "rlog_redirect", Route.Kind.PAGE, Route.Access.VIEWER, r -> {
            String session = session(r);
            String project = project(r);
            String date = date(r);
            redirect(r, 302, project == null
                    ? query("/reports", "view", "calls", "from", date, "to", date)
                    : query("/reports/console", "project", project, "session", session));
        });
    }

    private interface Target {
        String of(ApiRequest r);
    }

    /** 307 keeps the method; temporary because the target can depend on this browser's selected project. */
    private static Route api(String path, Target target) {
        return new Route("GET", path, "rlog_redirect", Route.Kind.API, Route.Access.VIEWER,
                r -> redirect(r, 307, target.of(r)));
    }

    private static Route gone(String method) {
        return new Route(method, "/api/rlog/**", "rlog_gone", Route.Kind.API, Route.Access.VIEWER, r -> {
            throw new ApiException(410, "gone", GONE);
        });
    }

    private static String session(ApiRequest r) {
        String s = r.query("session");
        if (s == null || s.isBlank()) {
            s = r.query("session_id");
        }
        if (s == null || s.isBlank() || s.length() > 128) {
            throw ReportParameters.bad("session", "must be a session id");
        }
        return s.trim();
    }

    /** The link's day, checked (the successor reads it as {@code from} and {@code to}); absent: today there. */
    private static String date(ApiRequest r) {
        String d = r.query("date");
        if (d == null || d.isBlank()) {
            return null;
        }
        if (!d.trim().matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw ReportParameters.bad("date", "must be a date like 2026-02-01");
        }
        return d.trim();
    }

    private static String project(ApiRequest r) {
        String p = r.query("project");
        if (p != null && !p.isBlank()) {
            return p.trim();
        }
        return r.session() == null ? null : r.session().selectedProject();
    }

    /** {@code path?k=v&...}, skipping absent values, each value URL-encoded. */
    static String query(String path, String... keyValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                values.put(keyValues[i], keyValues[i + 1]);
            }
        }
        StringBuilder out = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> e : values.entrySet()) {
            out.append(sep).append(e.getKey()).append('=').append(encode(e.getValue()));
            sep = '&';
        }
        return out.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void redirect(ApiRequest r, int status, String location) {
        r.exchange().getResponseHeaders().put(Headers.LOCATION, location);
        r.exchange().getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        r.send(status, "text/plain; charset=UTF-8", ("See " + location + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
