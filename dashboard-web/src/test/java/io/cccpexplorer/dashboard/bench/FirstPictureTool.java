package io.cccpexplorer.dashboard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccpexplorer.dashboard.browser.HeadlessChromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * Benchmark tool (not a test; it lives in the test sources for Selenium): a browser's first picture of a large
 * site. Debian's headless Chromium (as the browser tests drive it) opens {@code /cst_explorer/<project>} of a
 * running dashboard with an empty cache (after one uncounted run, so the browser process itself is warm, as a
 * user's is), and the page itself times, from navigation start ({@code performance.now()}), its first picture:
 * the users table holds the site's agents (98 % of what {@code /api/status} counts just before) and its first
 * screenful is painted. The table renders a window of its rows (lib/table.js), so "holds" is the rows it sorted and
 * filtered ({@code data-rows}), not {@code <tr>} elements, and "first screenful" is rendered rows reaching the
 * bottom of the table's scroll box, timed after the next frame was painted. The page watches its table from its
 * own start (a script installed before the page's scripts), so the time does not depend on when WebDriver gets to
 * run a script in a busy page. A table without {@code data-rows}
 * (the previous version, which rendered every row) is counted by its {@code <tr>}, as before. Talks HTTP only, so
 * {@code scripts/bench.sh --only first-picture} runs it against this version and the previous version's jar in the same
 * run.
 *
 * <pre>java -cp &lt;test classpath&gt; io.cccpexplorer.dashboard.bench.FirstPictureTool http://127.0.0.1:5000 BIG 5 \
 *     current 5000</pre>
 *
 * With the last argument (agents expected), it first waits until {@code /api/users} holds 98 % of them, so that
 * the server's own loading is not counted.
 *
 * Output: {@code BENCH first-picture label=... runs=... median_ms=... each_ms=...}.
 */
public final class FirstPictureTool {

    private FirstPictureTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: FirstPictureTool URL PROJECT [RUNS [LABEL [AGENTS]]]");
            System.exit(2);
        }
        URI url = URI.create(args[0]);
        String project = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String label = args.length > 3 ? args[3] : "current";
        HttpClient http = HttpClient.newHttpClient();
        if (args.length > 4) {
            awaitUsers(http, url, project, Integer.parseInt(args[4]));
        }
        long[] millis = new long[runs];
        int agents = 0;
        try (HeadlessChromium browser = HeadlessChromium.launch()) {
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
            browser.driver().manage().timeouts().pageLoadTimeout(Duration.ofSeconds(180));
            browser.devtools("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVER));
            for (int i = -1; i < runs; i++) {   // run -1 warms the browser process up (not counted)
                String status = http.send(HttpRequest.newBuilder(url.resolve("/api/status?project=" + project))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
                agents = new ObjectMapper().readTree(status).path("users_count").asInt();
                int wanted = (int) Math.floor(agents * 0.98);
                browser.driver().get("about:blank");
                browser.devtools("Network.enable", Map.of());
                browser.devtools("Network.clearBrowserCache", Map.of());
                browser.driver().get(url.resolve("/cst_explorer/" + project).toString());
                Object at = browser.jsAsync("""
                        const wanted = arguments[0], done = arguments[arguments.length - 1];
                        const report = (at) => {
                          const nav = performance.getEntriesByType('navigation')[0];
                          const ms = (v) => Math.round(v);
                          // where the time went: the page, each API request, the scripts, the page's own marks
                          const parts = [];
                          if (nav) parts.push(`html ${ms(nav.requestStart)}-${ms(nav.responseEnd)}`);
                          const scripts = performance.getEntriesByType('resource')
                            .filter((e) => e.name.split('?')[0].endsWith('.js'));
                          if (scripts.length) parts.push(`${scripts.length} scripts until ${ms(Math.max(
                            ...scripts.map((e) => e.responseEnd)))}`);
                          for (const e of performance.getEntriesByType('resource')) {
                            const path = new URL(e.name).pathname;
                            if (path.startsWith('/api/')) parts.push(`${path} ${ms(e.startTime)}-${ms(e.responseStart)}`
                              + `-${ms(e.responseEnd)} (${Math.round(e.encodedBodySize / 1000)} kB)`);
                          }
                          for (const m of performance.getEntriesByType('mark')) \
                        parts.push(`${m.name} ${ms(m.startTime)}`);
                          const long = (window.__longTasks || []).filter((t) => t[1] >= 50);
                          if (long.length) parts.push(`main thread busy (tasks of 50 ms or more, start+duration) ${
                            long.map((t) => `${t[0]}+${t[1]}`).join(' ')}`);
                          done({ at, dcl: nav ? nav.domContentLoadedEventEnd : -1, firstRows: window.__firstRows,
                            breakdown: parts.join(', ') });
                        };
                        // the page's own watch (OBSERVER) saw it from its start, whenever this script gets to run
                        const wait = () => {
                          const hit = (window.__pictures || []).find((p) => p[0] >= wanted);
                          if (hit) report(hit[1]); else setTimeout(wait, 10);
                        };
                        wait();""", wanted);
                Map<?, ?> times = (Map<?, ?>) at;
                long ms = Math.round(((Number) times.get("at")).doubleValue());
                long snapshot = snapshotMillis(http, url, project);
                System.out.printf("run %d%s: users table holding >= %d of %d agents, first screenful painted,"
                        + " after %d ms"
                                + " (page loaded at %d ms, first rows at %s ms; a fresh SSE snapshot read by a plain"
                                + " client just after: %d ms)%n", i + 1, i < 0 ? " (warm-up, not counted)" : "", wanted,
                        agents, ms, Math.round(((Number) times.get("dcl")).doubleValue()),
                        times.get("firstRows") == null ? "-"
                        : Math.round(((Number) times.get("firstRows")).doubleValue()),
                        snapshot);
                System.out.printf("  breakdown (ms from navigation start, request start-first byte-end): %s%n",
                        times.get("breakdown"));
                if (i >= 0) {
                    millis[i] = ms;
                }
            }
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCH first-picture label=%s agents=%d runs=%d median_ms=%d first_ms=%d each_ms=%s%n", label,
                agents, runs, sorted[runs / 2], millis[0], Arrays.toString(millis).replace(" ", ""));
    }

    /**
     * Installed in every page before its own scripts, changing nothing the page does: records the main thread's
     * long tasks, and marks when the page opens an event stream and when a {@code snapshot} event reaches it
     * (before the page's own listener parses it), so the breakdown shows where a first picture's time goes on any
     * version of the page.
     */
    private static final String OBSERVER = """
            window.__longTasks = [];
            // the users table as the page fills it, watched from the page's start: when it first held rows, and
            // for each new number of rows held with its first screenful rendered, when that was painted
            window.__firstRows = null;
            window.__pictures = [];
            (function watch(shownHeld) {
              const box = document.getElementById('users-table');
              const table = box && box.querySelector('table');
              const held = table && table.dataset.rows !== undefined ? Number(table.dataset.rows)
                : box ? box.querySelectorAll('tbody tr').length : 0;
              if (window.__firstRows === null && held > 1) window.__firstRows = performance.now();
              if (held > shownHeld) {   // layout is read only then, not every 10 ms
                const rendered = box.querySelectorAll('tbody tr[data-key]');
                const last = rendered[rendered.length - 1];
                if (rendered.length > 0 && (rendered.length >= held
                    || last.getBoundingClientRect().bottom >= box.getBoundingClientRect().bottom)) {
                  shownHeld = held;
                  requestAnimationFrame(() => setTimeout(() => window.__pictures.push([held, performance.now()])));
                }
              }
              if (performance.now() < 300000) setTimeout(() => watch(shownHeld), 10);
            })(0);
            try {
              new PerformanceObserver((list) => {
                for (const e of list.getEntries()) \
            window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
              }).observe({ type: 'longtask', buffered: true });
            } catch (e) { /* no long-task timing in this browser */ }
            if (window.EventSource) {
              const Native = window.EventSource;
              const Timed = function (url, options) {
                performance.mark('stream opened');
                const source = new Native(url, options);
                source.addEventListener('snapshot', () => performance.mark('snapshot event'));
                return source;
              };
              Timed.prototype = Native.prototype;
              Object.assign(Timed, { CONNECTING: 0, OPEN: 1, CLOSED: 2 });
              window.EventSource = Timed;
            }""";

    /**
     * The server's share of a first picture: connect → the whole first {@code snapshot} frame read, by a plain
     * client (no browser). Taken after the browser's run, so the browser never reuses this snapshot.
     */
    private static long snapshotMillis(HttpClient http, URI url, String project) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(
                        url.resolve("/api/events/stream?project=" + project)).header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(r.body(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            boolean inSnapshot = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals("event: snapshot")) {
                    inSnapshot = true;
                } else if (inSnapshot && line.isEmpty()) {
                    return (System.nanoTime() - t0) / 1_000_000;
                }
            }
        }
        return -1;
    }

    /** Waits (at most 10 minutes) until /api/users answers with 98 % of the expected agents. */
    private static void awaitUsers(HttpClient http, URI url, String project, int agents) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("/api/users?project=" + project))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && new ObjectMapper().readTree(r.body()).size() >= agents * 0.98) {
                return;
            }
            Thread.sleep(1000);   // a tool polling a loading server
        }
        throw new IllegalStateException("the dashboard did not load " + agents + " agents in 10 minutes");
    }
}
