package io.cccpexplorer.dashboard.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Benchmark tool (not a test): what one dashboard node holds. Against a running dashboard process (its pid given,
 * so its own CPU and heap are measured, not this load generator's) serving N projects, it waits until every
 * project's picture is live, opens M SSE browsers spread over the projects (gzip, as browsers ask), keeps them
 * reading for a while, and reports the node's CPU (from {@code /proc/<pid>/stat}), heap after a full GC
 * ({@code jcmd <pid> GC.run}, then {@code /metrics}), RSS, and the browsers dropped.
 *
 * <pre>java -cp dashboard-web.jar io.cccpexplorer.dashboard.load.NodeScaleTool --url http://127.0.0.1:5000
 *     --pid 1234 --projects P001,P002,... --browsers 1000 --agents 50 --seconds 60</pre>
 */
@Command(name = "node-scale", mixinStandardHelpOptions = true,
        description = "N projects and M SSE browsers on one running dashboard: its CPU, heap, RSS, drops.")
public final class NodeScaleTool implements Runnable {

    @Option(names = "--url", required = true, description = "The dashboard, e.g. http://127.0.0.1:5000")
    URI url;
    @Option(names = "--pid", required = true, description = "The dashboard's process id (CPU, heap, RSS).")
    long pid;
    @Option(names = "--projects", required = true, split = ",", description = "Projects the dashboard serves.")
    List<String> projects;
    @Option(names = "--agents", description = "Agents expected per project before measuring (default 50).")
    int agents = 50;
    @Option(names = "--browsers", description = "SSE browsers, spread evenly over the projects (default 1000).")
    int browsers = 1000;
    @Option(names = "--seconds", description = "Measurement length once every browser is streaming (default 60).")
    int seconds = 60;
    @Option(names = "--load-timeout", description = "Seconds to wait for every picture (default 600).")
    int loadTimeout = 600;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger streaming = new AtomicInteger();
    private final AtomicInteger ended = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private volatile boolean stopping;

    public static void main(String[] args) {
        System.exit(new CommandLine(new NodeScaleTool()).execute(args));
    }

    @Override
    public void run() {
        try {
            long t0 = System.nanoTime();
            awaitPictures();
            System.out.printf("pictures: %d projects live with >= %d agents each after %d s%n", projects.size(),
                    agents, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0));
            long cpuIdle0 = cpuTicks();
            Thread.sleep(10_000);
            double idleCores = (cpuTicks() - cpuIdle0) / 100.0 / 10.0;
            List<Thread> readers = new ArrayList<>();
            for (int i = 0; i < browsers; i++) {
                String project = projects.get(i % projects.size());
                Thread t = new Thread(() -> stream(project), "browser-" + i);
                t.setDaemon(true);
                readers.add(t);
                t.start();
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (streaming.get() + ended.get() < browsers && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(10_000);   // the snapshots drain
            long cpu0 = cpuTicks();
            long bytes0 = bytes.get();
            long wall0 = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cores = (cpuTicks() - cpu0) / 100.0 / wall;
            long received = bytes.get() - bytes0;
            long heapAfterGc = heapAfterGc();
            System.out.printf("node: %d projects x %d agents, %d browsers requested, %d streaming at the end, "
                            + "%d dropped%n", projects.size(), agents, browsers, streaming.get(), ended.get());
            System.out.printf("BENCH node projects=%d agents=%d browsers=%d streaming=%d dropped=%d "
                            + "cpu_idle_cores=%.3f cpu_cores=%.3f heap_after_gc_mib=%d rss_mib=%d sse_kib_s=%.1f%n",
                    projects.size(), agents, browsers, streaming.get(), ended.get(), idleCores, cores,
                    heapAfterGc >> 20, rssKib() >> 10, received / 1024.0 / wall);
            stopping = true;
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitPictures() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(loadTimeout).toNanos();
        for (String project : projects) {
            while (true) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("/api/status?project="
                        + project)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                JsonNode s = r.statusCode() == 200 ? json.readTree(r.body()) : null;
                if (s != null && s.path("users_count").asInt() >= agents * 0.9
                        && "live".equals(s.path("connection").path("state").asText())) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("project " + project + " not live after " + loadTimeout + " s");
                }
                Thread.sleep(500);   // a tool polling a loading server
            }
        }
    }

    /** One browser: a raw socket reading the gzip stream's bytes (not decoded: the node's cost is measured). */
    private void stream(String project) {
        boolean counted = false;
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.getOutputStream().write(("GET /api/events/stream?project=" + project + " HTTP/1.1\r\nHost: "
                    + url.getHost() + "\r\nAccept: text/event-stream\r\nAccept-Encoding: gzip\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (!counted) {
                    counted = true;
                    streaming.incrementAndGet();
                }
                bytes.addAndGet(n);
            }
        } catch (IOException e) {
            // the stream ended
        } finally {
            if (counted) {
                streaming.decrementAndGet();
            }
            if (!stopping) {
                ended.incrementAndGet();
            }
        }
    }

    private long cpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);   // utime, stime (fields 14 and 15)
    }

    private long rssKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** Asks the node for a full GC, then reads its heap in use from /metrics. */
    private long heapAfterGc() throws IOException, InterruptedException {
        Process gc = new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor(60, TimeUnit.SECONDS);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(url.resolve("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        long used = 0;
        for (String line : r.body().split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return used;
    }
}
