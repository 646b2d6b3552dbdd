package io.cccpexplorer.dashboard.load;

import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.DashboardServer;
import io.cccpexplorer.dashboard.alerts.AlertSettings;
import io.cccpexplorer.dashboard.project.ProjectHub;
import java.lang.management.ManagementFactory;
import java.io.IOException;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Load tool (not a test): N browsers streaming {@code /api/events/stream} from one dashboard over a large project.
 * Measures, per frame, the time from the change it carries to a client reading its {@code id:} line (same JVM, so
 * both ends share the clocks): from the hub publishing it for a change sent at once, from the oldest change it
 * carries for a coalesced row (which waits up to {@link ProjectHub#COALESCE_EVERY}); plus process CPU, heap, and
 * the frames each client received per second by event type. With {@code --stalled}, that many more
 * clients ask for the stream and never read (a tiny receive buffer): they must be dropped while every reading client
 * keeps its stream, and the heap must stay bounded (#14 item 4). Readers ask for gzip by default, as browsers do.
 * The server runs as configured in production: the model's per-queue figures on every queue row, and alert rules
 * evaluated every second ({@code --alerts}: the defaults, {@code busy} — limits low enough that the simulator's
 * traffic raises and clears alerts for queues and agents all the time — {@code off}, or rules as in
 * {@code DASHBOARD_ALERTS}); the report adds the alert frames delivered and the machine's load average.
 *
 * <p>With {@code --url}, the tool loads a dashboard running as its own process instead (any version, e.g. the
 * previous one and this one in turn against one standalone {@code cccp-simulator}, so both stream the same day):
 * the latency is then each event's age when read, from its {@code time} field — whole seconds, so the figure is
 * the real delay plus 0–1 s (about 0.5 s on average) — and the CPU and RSS are the dashboard process's
 * ({@code --pid}, {@code /proc}).
 *
 * <pre>java -cp dashboard-web.jar io.cccpexplorer.dashboard.load.SseLoadTool --clients 200 --agents 5000</pre>
 */
@Command(name = "sse-load", mixinStandardHelpOptions = true,
        description = "N SSE clients on one dashboard over a large project; latency, CPU, heap.")
public final class SseLoadTool implements Runnable {

    @Option(names = "--clients", description = "SSE clients (default 200).")
    int clients = 200;
    @Option(names = "--agents", description = "Agents in the project (default 5000).")
    int agents = 5000;
    @Option(names = "--seconds", description = "Measurement length after warm-up (default 60).")
    int seconds = 60;
    @Option(names = "--warmup", description = "Seconds before measuring (clients connect, snapshots drain; "
            + "default 15).")
    int warmup = 15;
    @Option(names = "--stalled", description = "Clients that connect and never read (default 1).")
    int stalled = 1;
    // picocli sets a negatable option false on --no-gzip only when its default is declared here (not by the field)
    @Option(names = "--gzip", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Readers accept gzip (default true; --no-gzip: plain streams).")
    boolean gzip = true;
    @Option(names = "--heartbeat", description = "SSE heartbeat in seconds; a client is stalled after two "
            + "(default 15, the product's).")
    int heartbeat = 15;
    @Option(names = "--alerts", description = "Alert rules: defaults, busy, off, or 'SCOPE.metric=spec; ...' "
            + "(default: busy).")
    String alerts = "busy";
    @Option(names = "--url", description = "A running dashboard to load (e.g. http://127.0.0.1:5000) instead of "
            + "an embedded one; --agents and --alerts are then its own business.")
    java.net.URI url;
    @Option(names = "--project", description = "Project to stream with --url.")
    String project;
    @Option(names = "--pid", description = "With --url: the dashboard's process id (CPU and RSS from /proc).")
    long pid;
    @Option(names = "--print-alerts", description = "Prints the rules of an --alerts value (busy: the dashboard's "
            + "--alerts for an external run) and exits.")
    String printAlerts;

    /** Limits the synthetic day crosses constantly: every queue and many agents go in and out of alert. */
    static final String BUSY_ALERTS = "*/*.waiting=warn 1 alarm 3; *.waiting=warn 2 alarm 5; "
            + "*/*.longest_wait_s=warn 5 alarm 15; *.longest_wait_s=warn 5 alarm 15; "
            + "*.pause_s=warn 30 alarm 60; *.wrap_up_s=warn 5 alarm 15; */*.agents_available=warn 3 alarm 1";

    private final Map<Long, Long> published = new ConcurrentHashMap<>();
    private final List<long[]> samples = new ArrayList<>();
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong alertFrames = new AtomicLong();
    private final Map<String, java.util.concurrent.atomic.LongAdder> framesByType = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.LongAdder> publishedByKind = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicLong peakHeap = new AtomicLong();
    private volatile boolean stopping;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SseLoadTool()).execute(args));
    }

    @Override
    public void run() {
        if (printAlerts != null) {
            System.out.println("busy".equals(printAlerts) ? BUSY_ALERTS : printAlerts);
            return;
        }
        if (url != null) {
            runExternal();
            return;
        }
        DashboardConfig.Builder config = DashboardConfig.builder().port(0).simulatorAgents(agents)
                .eventRingSize(5000).heartbeat(Duration.ofSeconds(heartbeat))   // the product's byte limit
                .alerts(alertSettings(alerts));
        String project = DashboardServer.DEMO_PROJECT;
        try (DashboardServer server = DashboardServer.start(config.build())) {
            ProjectHub hub = server.hubs().hub(project);
            // a coalesced row waited since its object's oldest change: the latency counts from that change (the
            // wait in ms on the same wall clock the hub's clock reads), not from the moment the row was published
            hub.tap((e, changedMillis) -> {
                published.put(e.id(), System.nanoTime()
                        - Math.max(0, System.currentTimeMillis() - changedMillis) * 1_000_000);
                String kind = e.type() + (e.op() == null ? "" : "/" + e.op())
                        + (e.item() instanceof io.cccpexplorer.dashboard.view.CallView c
                        ? (c.isActive() ? "/live" : "/ended") : "");
                publishedByKind.computeIfAbsent(kind, k -> new java.util.concurrent.atomic.LongAdder()).increment();
            });
            List<Socket> stalledSockets = new ArrayList<>();
            for (int i = 0; i < stalled; i++) {
                stalledSockets.add(stall(server.port(), project));
            }
            for (int i = 0; i < clients; i++) {
                Thread reader = new Thread(() -> stream(server.port(), project), "load-client-" + i);
                reader.setDaemon(true);
                reader.start();
            }
            MemoryMXBean heap = ManagementFactory.getMemoryMXBean();
            Thread heapWatch = new Thread(() -> {
                while (!stopping) {
                    peakHeap.accumulateAndGet(heap.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            heapWatch.setDaemon(true);
            heapWatch.start();
            long warmUntil = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
            while (System.nanoTime() < warmUntil) {
                Thread.sleep(500);   // a tool, not a test: let agents log in and clients connect
            }
            synchronized (samples) {
                samples.clear();
            }
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long wallStart = System.nanoTime();
            long framesStart = frames.get();
            long alertsStart = alertFrames.get();
            Map<String, Long> byTypeStart = byType();
            Map<String, Long> kindsStart = counts(publishedByKind);
            double loadStart = os.getSystemLoadAverage();
            Thread.sleep(seconds * 1000L);
            long cpu = os.getProcessCpuTime() - cpuStart;
            long wall = System.nanoTime() - wallStart;
            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            long heapBefore = mem.getHeapMemoryUsage().getUsed();
            System.gc();
            long heapAfter = mem.getHeapMemoryUsage().getUsed();
            stopping = true;
            report(hub, cpu, wall, frames.get() - framesStart, heapBefore, heapAfter, os);
            printByType(byTypeStart);
            StringBuilder kinds = new StringBuilder();
            for (Map.Entry<String, Long> k : new java.util.TreeMap<>(counts(publishedByKind)).entrySet()) {
                kinds.append(String.format(" %s %.1f", k.getKey(),
                        (k.getValue() - kindsStart.getOrDefault(k.getKey(), 0L)) / (double) seconds));
            }
            System.out.println("events published per second by type/op:" + kinds);
            System.out.printf("alerts: rules %s; %d alert frames delivered while measuring (%.1f per client)%n",
                    alerts, alertFrames.get() - alertsStart, (alertFrames.get() - alertsStart) / (double) clients);
            System.out.printf("machine load average (1 min): %.2f at the start of the measurement, %.2f at the end%n",
                    loadStart, os.getSystemLoadAverage());
            for (Socket s : stalledSockets) {
                s.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The external run: the same readers against a dashboard process; latency = event age when read (event times
     * are whole seconds), CPU and RSS of {@code --pid}.
     */
    private void runExternal() {
        if (project == null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--url needs --project");
        }
        int port = url.getPort();
        try {
            awaitPicture();
            for (int i = 0; i < clients; i++) {
                Thread reader = new Thread(() -> stream(port, project), "load-client-" + i);
                reader.setDaemon(true);
                reader.start();
            }
            Thread.sleep(warmup * 1000L);   // a tool, not a test: clients connect, snapshots drain
            synchronized (samples) {
                samples.clear();
            }
            double loadStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long ticksStart = pid > 0 ? cpuTicks() : 0;
            long wallStart = System.nanoTime();
            long framesStart = frames.get();
            long alertsStart = alertFrames.get();
            Map<String, Long> byTypeStart = byType();
            Thread.sleep(seconds * 1000L);
            long wall = System.nanoTime() - wallStart;
            long ticks = pid > 0 ? cpuTicks() - ticksStart : 0;
            long frameCount = frames.get() - framesStart;
            stopping = true;
            long[] ages;
            synchronized (samples) {
                ages = samples.stream().mapToLong(x -> x[0]).toArray();
            }
            Arrays.sort(ages);
            System.out.printf("dashboard: %s project %s; %s%n", url, project, modelSize());
            System.out.printf("clients: %d requested, %d streaming at the end%n", clients, open.get());
            System.out.printf("frames delivered: %d in %d s (%.0f/s across all clients)%n", frameCount,
                    wall / 1_000_000_000L, frameCount * 1e9 / wall);
            if (ages.length > 0) {
                System.out.printf("event age when read (whole-second event times: real delay + 0-1 s): median %d ms, "
                        + "p99 %d ms, max %d ms (%d samples)%n", ages[ages.length / 2],
                        ages[(int) (ages.length * 0.99)], ages[ages.length - 1], ages.length);
            }
            if (pid > 0) {
                System.out.printf("dashboard CPU: %.1f%% of one core on average; RSS %d MiB%n",
                        ticks * 100.0 / 100 / (wall / 1e9) , rssKib() >> 10);   // USER_HZ = 100
            }
            printByType(byTypeStart);
            System.out.printf("alerts: %d alert frames delivered while measuring (%.1f per client)%n",
                    alertFrames.get() - alertsStart, (alertFrames.get() - alertsStart) / (double) clients);
            System.out.printf("machine load average (1 min): %.2f at the start of the measurement, %.2f at the end%n",
                    loadStart, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("BENCH sse-external readers=%d readers_dropped=%d%n", clients, dropped.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the dashboard's model holds 98 % of {@code --agents} and its calls of the day stopped loading
     * (some calls, and less than 1 % more in 10 s; the simulated day itself adds a few calls a second): a version
     * that loads slowly is not measured while it loads (a 5,000-agent picture with no call yet passed for complete).
     */
    private void awaitPicture() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        int[] before = null;
        while (System.nanoTime() < deadline) {
            int[] now = counts();
            if (now != null && now[0] >= agents * 0.98 && now[2] > 0 && before != null
                    && now[2] < before[2] * 1.01 + 10) {
                System.out.printf("picture complete: %d agents, %d queues, %d calls%n", now[0], now[1], now[2]);
                return;
            }
            before = now;
            Thread.sleep(10_000);   // a tool polling a loading server, not a test
        }
        throw new IllegalStateException("the dashboard's picture did not complete within 10 minutes");
    }

    /** Agents, queues and calls of the day at the head of the dashboard's /api/status, or null while it loads. */
    private int[] counts() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\"users_count\":(\\d+),\"queues_count\":(\\d+),\"history_count\":(\\d+)").matcher(modelSize0());
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))} : null;
    }

    private String modelSize0() {
        try (java.io.InputStream in = url.resolve("/api/status?project=" + project).toURL().openStream()) {
            return new String(in.readNBytes(200), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The counts at the head of the dashboard's /api/status (agents, queues, calls). */
    private String modelSize() {
        try (java.io.InputStream in = url.resolve("/api/status?project=" + project).toURL().openStream()) {
            String head = new String(in.readNBytes(200), StandardCharsets.UTF_8);
            return head.replaceAll("^\\{(\"event_count\":\\d+,)?(\"users_count\":\\d+,\"queues_count\":\\d+,"
                    + "\"history_count\":\\d+).*$", "$2").replace("\"", "");
        } catch (IOException e) {
            return "status unreadable: " + e.getMessage();
        }
    }

    private long cpuTicks() throws IOException {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);   // utime, stime (fields 14 and 15)
    }

    private long rssKib() throws IOException {
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private void printByType(Map<String, Long> byTypeStart) {
        StringBuilder types = new StringBuilder();
        for (Map.Entry<String, Long> t : new java.util.TreeMap<>(byType()).entrySet()) {
            types.append(String.format(" %s %.1f", t.getKey(),
                    (t.getValue() - byTypeStart.getOrDefault(t.getKey(), 0L)) / (double) clients / seconds));
        }
        System.out.println("frames per client per second by type:" + types);
    }

    /** A client that asks for the stream and never reads: the server must drop it, not buffer for it. */
    private static Socket stall(int port, String project) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", port));
        socket.getOutputStream().write(("GET /api/events/stream?project=" + project + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    private void report(ProjectHub hub, long cpuNanos, long wallNanos, long frameCount, long heapBefore,
                        long heapAfter, java.lang.management.OperatingSystemMXBean os) {
        long[] latencies;
        synchronized (samples) {
            latencies = samples.stream().mapToLong(s -> s[0]).toArray();
        }
        Arrays.sort(latencies);
        System.out.printf("machine: %d cores (%s), %s %s, max heap %d MiB%n", os.getAvailableProcessors(),
                os.getArch(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("project: %s, source %s, %d agents, %d calls, %d queues in the model%n", hub.project(),
                "embedded simulator", hub.feed().snapshot().agents().size(), hub.feed().snapshot().calls().size(),
                hub.feed().snapshot().queues().size());
        System.out.printf("clients: %d requested, %d streaming at the end (server counts %d)%n", clients, open.get(),
                hub.streamCount());
        System.out.printf("frames delivered: %d in %d s (%.0f/s across all clients)%n", frameCount,
                wallNanos / 1_000_000_000L, frameCount * 1e9 / wallNanos);
        if (latencies.length > 0) {
            System.out.printf("change -> SSE frame latency: median %.2f ms, p99 %.2f ms, max %.2f ms (%d samples)%n",
                    latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6,
                    latencies[latencies.length - 1] / 1e6, latencies.length);
        }
        System.out.printf("process CPU: %.1f%% of one core on average (server and clients share the JVM)%n",
                cpuNanos * 100.0 / wallNanos);
        System.out.printf("heap: %d MiB used, %d MiB after GC, %d MiB peak during the run (max %d MiB)%n",
                heapBefore >> 20, heapAfter >> 20, peakHeap.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        int attached = hub.streamCount();
        System.out.printf("BENCH sse-drops readers=%d readers_dropped=%d stalled=%d stalled_still_attached=%d "
                        + "gzip=%s heap_after_gc_mib=%d heap_peak_mib=%d%n", clients, dropped.get(), stalled,
                Math.max(0, attached - open.get()), gzip, heapAfter >> 20, peakHeap.get() >> 20);
    }

    /**
     * One SSE client on a plain socket (a thread each: this is the load generator, not the server). Lines are read
     * linearly whatever their length; each {@code id:} line becomes a latency sample.
     */
    private void stream(int port, String project) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /api/events/stream?project=" + project + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nAccept: text/event-stream\r\n" + (gzip ? "Accept-Encoding: gzip\r\n" : "")
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            java.io.InputStream raw = new java.io.BufferedInputStream(socket.getInputStream(), 1 << 16);
            boolean zipped = false;
            for (String header = headerLine(raw); !header.isEmpty(); header = headerLine(raw)) {
                zipped |= header.equalsIgnoreCase("Content-Encoding: gzip");
            }
            java.io.InputStream body = !zipped ? raw
                    : new java.io.FilterInputStream(new java.util.zip.GZIPInputStream(raw, 1 << 16)) {
                        @Override
                        public int available() {
                            return 0;   // GZIPInputStream says 1, which makes the reader wait for more
                        }
                    };
            open.incrementAndGet();
            // only each line's start is kept: a 5,000-agent snapshot is one multi-megabyte data line, and 200
            // readers turning it into Strings would fill this JVM's heap (shared with the server it measures)
            StringBuilder head = new StringBuilder(HEAD);
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = body.read(buffer)) >= 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b != '\n') {
                        if (head.length() < HEAD) {
                            head.append((char) b);
                        }
                        continue;
                    }
                    String line = head.toString();
                    head.setLength(0);
                    if (line.startsWith("event: ")) {
                        framesByType.computeIfAbsent(line.substring(7),
                                t -> new java.util.concurrent.atomic.LongAdder())
                                .increment();
                        if (line.equals("event: alert")) {
                            alertFrames.incrementAndGet();
                        }
                    } else if (url != null && line.startsWith("data: {\"id\":")) {
                        eventAge(line);
                    } else if (line.startsWith("id: ")) {
                        long now = System.nanoTime();
                        frames.incrementAndGet();
                        if (url != null) {
                            continue;   // the age is taken from the data line
                        }
                        Long at = published.get(Long.parseLong(line.substring(4).trim()));
                        if (at != null) {
                            synchronized (samples) {
                                if (samples.size() < 5_000_000) {
                                    samples.add(new long[] {now - at});
                                }
                            }
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the stream ended; counted below
        } finally {
            open.decrementAndGet();
            if (!stopping) {
                dropped.incrementAndGet();
            }
        }
    }

    /** The first characters kept of each line: enough for an event's id, type and time. */
    private static final int HEAD = 120;

    /** An external run's sample: how old the event is when read, from its whole-second {@code time}. */
    private void eventAge(String dataLine) {
        int at = dataLine.indexOf("\"time\":\"");
        int end = at < 0 ? -1 : dataLine.indexOf('"', at + 8);
        if (end < 0) {
            return;
        }
        long age = System.currentTimeMillis()
                - java.time.OffsetDateTime.parse(dataLine.substring(at + 8, end)).toInstant().toEpochMilli();
        synchronized (samples) {
            if (samples.size() < 5_000_000) {
                samples.add(new long[] {age});
            }
        }
    }

    private Map<String, Long> byType() {
        return counts(framesByType);
    }

    private static Map<String, Long> counts(Map<String, java.util.concurrent.atomic.LongAdder> adders) {
        Map<String, Long> now = new java.util.HashMap<>();
        adders.forEach((type, n) -> now.put(type, n.sum()));
        return now;
    }

    /** The --alerts option as alert settings; a bad rule fails with the rule and what was expected. */
    static AlertSettings alertSettings(String option) {
        return switch (option.trim()) {
            case "defaults" -> AlertSettings.DEFAULT;
            case "busy" -> AlertSettings.parse(Map.of("alerts", BUSY_ALERTS));
            default -> AlertSettings.parse(Map.of("alerts", option));
        };
    }

    /** One line of the HTTP response head, without its CRLF. */
    private static String headerLine(java.io.InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
