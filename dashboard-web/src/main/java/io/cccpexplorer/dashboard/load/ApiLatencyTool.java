package io.cccpexplorer.dashboard.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Benchmark tool (not a test): latency and size of {@code /api/users} and {@code /api/status} of one running
 * dashboard, plain and gzip. It talks HTTP only, so the same tool measures this version and a previous version's
 * jar started against the same simulator ({@code scripts/bench.sh --only api}). It first waits until the project's
 * picture holds the expected agents (the previous model takes minutes at 5,000 agents), then asks each variant in
 * turn, one request at a time.
 *
 * <pre>java -cp dashboard-web.jar io.cccpexplorer.dashboard.load.ApiLatencyTool --url http://127.0.0.1:5000
 *     --project BIG --agents 5000 --requests 200</pre>
 *
 * Output: one {@code BENCH api ...} line per variant (median and p99 in ms, bytes on the wire).
 */
@Command(name = "api-latency", mixinStandardHelpOptions = true,
        description = "Latency and size of /api/users and /api/status of a running dashboard.")
public final class ApiLatencyTool implements Runnable {

    @Option(names = "--url", required = true, description = "The dashboard, e.g. http://127.0.0.1:5000")
    URI url;
    @Option(names = "--project", required = true, description = "Project to ask for.")
    String project;
    @Option(names = "--agents", description = "Agents expected in the picture before measuring (default 5000).")
    int agents = 5000;
    @Option(names = "--requests", description = "Requests per variant (default 200).")
    int requests = 200;
    @Option(names = "--label", description = "Name of this dashboard in the output (default current).")
    String label = "current";
    @Option(names = "--load-timeout", description = "Seconds to wait for the picture (default 600).")
    int loadTimeout = 600;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) {
        System.exit(new CommandLine(new ApiLatencyTool()).execute(args));
    }

    @Override
    public void run() {
        try {
            long loaded = awaitPicture();
            System.out.printf("BENCH api-loaded label=%s agents=%d load_ms=%d%n", label, agents, loaded);
            for (String path : List.of("/api/users", "/api/status")) {
                for (boolean gzip : new boolean[] {false, true}) {
                    measure(path, gzip);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("dashboard unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until /api/users answers (this version says 503 while the first picture loads) with at least 98 % of
     * the expected agents; returns how long that took.
     */
    private long awaitPicture() throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(loadTimeout).toNanos();
        int seen = -1;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.send(request("/api/users", false), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                seen = json.readTree(r.body()).size();
                if (seen >= agents * 0.98) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
            }
            Thread.sleep(1000);   // a tool polling a loading server, not a test
        }
        throw new IllegalStateException("the picture held " + seen + " agents after " + loadTimeout + " s");
    }

    private void measure(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest request = request(path, gzip);
        for (int i = 0; i < Math.min(20, requests); i++) {   // warm-up: JIT, connection
            http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        long[] nanos = new long[requests];
        long bytes = 0;
        String encoding = "identity";
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            nanos[i] = System.nanoTime() - t0;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            bytes = r.body().length;
            encoding = r.headers().firstValue("Content-Encoding").orElse("identity");
        }
        Arrays.sort(nanos);
        System.out.printf("BENCH api label=%s path=%s accept=%s encoding=%s requests=%d median_ms=%.1f p99_ms=%.1f "
                        + "bytes=%d%n", label, path, gzip ? "gzip" : "identity", encoding, requests,
                nanos[requests / 2] / 1e6, nanos[Math.min(requests - 1, (int) Math.ceil(requests * 0.99) - 1)] / 1e6,
                bytes);
    }

    private HttpRequest request(String path, boolean gzip) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url.resolve(path + "?project=" + project))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (gzip) {
            b.header("Accept-Encoding", "gzip");
        }
        return b.build();
    }
}
