package io.cccpexplorer.dashboard.load;

import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.DashboardServer;
import io.cccpexplorer.dashboard.project.ProjectHub;
import java.lang.management.ManagementFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
 * Measures, per frame, the time from the hub publishing a change to a client reading its {@code id:} line (same JVM,
 * so both ends share {@code System.nanoTime()}), plus process CPU and heap.
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

    private final Map<Long, Long> published = new ConcurrentHashMap<>();
    private final List<long[]> samples = new ArrayList<>();
    private final AtomicLong frames = new AtomicLong();
    private final AtomicInteger open = new AtomicInteger();

    public static void main(String[] args) {
        System.exit(new CommandLine(new SseLoadTool()).execute(args));
    }

    @Override
    public void run() {
        DashboardConfig.Builder config = DashboardConfig.builder().port(0).simulatorAgents(agents)
                .sseMaxPendingBytes(256L * 1024 * 1024).eventRingSize(5000);
        String project = DashboardServer.DEMO_PROJECT;
        try (DashboardServer server = DashboardServer.start(config.build())) {
            ProjectHub hub = server.hubs().hub(project);
            hub.tap(e -> published.put(e.id(), System.nanoTime()));
            for (int i = 0; i < clients; i++) {
                Thread reader = new Thread(() -> stream(server.port(), project), "load-client-" + i);
                reader.setDaemon(true);
                reader.start();
            }
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
            Thread.sleep(seconds * 1000L);
            long cpu = os.getProcessCpuTime() - cpuStart;
            long wall = System.nanoTime() - wallStart;
            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            long heapBefore = mem.getHeapMemoryUsage().getUsed();
            System.gc();
            long heapAfter = mem.getHeapMemoryUsage().getUsed();
            report(hub, cpu, wall, frames.get() - framesStart, heapBefore, heapAfter, os);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        System.out.printf("heap: %d MiB used, %d MiB after GC%n", heapBefore >> 20, heapAfter >> 20);
    }

    /**
     * One SSE client on a plain socket (a thread each: this is the load generator, not the server). Lines are read
     * linearly whatever their length; each {@code id:} line becomes a latency sample.
     */
    private void stream(int port, String project) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /api/events/stream?project=" + project + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8), 1 << 16);
            open.incrementAndGet();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("id: ")) {
                    long now = System.nanoTime();
                    frames.incrementAndGet();
                    Long at = published.get(Long.parseLong(line.substring(4)));
                    if (at != null) {
                        synchronized (samples) {
                            if (samples.size() < 5_000_000) {
                                samples.add(new long[] {now - at});
                            }
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the stream ended; counted below
        } finally {
            open.decrementAndGet();
        }
    }
}
