package io.cccpexplorer.simulator.bench;

import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.SessionEvent;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningProject;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.traffic.SyntheticTraffic;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Load benchmark, run by hand (not a test):
 * {@code java -cp cccp-simulator/target/cccp-simulator.jar io.cccpexplorer.simulator.bench.LoadBench [clients]
 * [records/s] [seconds]}. Builds the LARGE synthetic site (5,000 agents, ~2,000 calls, 200 queues), connects
 * dashboard-like clients that each hold the four views live, then applies records at the target rate and reports the
 * achieved rate, push latency (a probe event per batch, timed from submission to arrival at every client), CPU and
 * heap.
 */
public final class LoadBench {

    private static final ZoneOffset OFFSET = ZoneOffset.ofHours(1);
    private static final Instant START = Instant.parse("2026-02-09T08:00:00Z");
    private static final String PROBE = "bench_probe@0.0.Ccxml.bench";

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "cccp-simulator-logback.xml");
        }
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        long batchNanos = TimeUnit.MILLISECONDS.toNanos(20);
        int perBatch = Math.max(1, (int) (rate * batchNanos / 1_000_000_000L));

        SyntheticTraffic traffic = new SyntheticTraffic(TrafficProfile.LARGE, 42L, START, OFFSET);
        try (RunningSimulator sim = Simulator.start(SimulatorConfig.builder().serverOffset(OFFSET)
                .project(ProjectConfig.empty("LARGE", 0)).build())) {
            RunningProject project = sim.project("LARGE");
            // warm-up: two virtual hours, as fast as possible, so agents are logged in and calls are flowing
            Instant virtual = START;
            long warm = System.nanoTime();
            long warmRecords = 0;
            project.database().apply(new RlogEntry(CccpDate.of(START, OFFSET), 1,
                    new SessionCreate(PROBE, 2, false, "LARGE", "/LARGE")));
            for (int i = 1; i <= 720; i++) {
                virtual = virtual.plusSeconds(10);
                List<RlogEntry> due = traffic.advanceTo(virtual);
                warmRecords += due.size();
                project.database().apply(due);
                if (i % 60 == 0) {
                    System.out.printf("warm-up: %d virtual minutes, %d records, %.0f records/s%n", i / 6, warmRecords,
                            warmRecords / ((System.nanoTime() - warm) / 1e9));
                }
            }
            int probe = project.database().read(db -> db.root().list("sessions").items().stream()
                    .filter(s -> s.string("session_id").equals(PROBE)).findFirst().orElseThrow().id());
            int[] sizes = project.database().read(db -> new int[] {
                    (int) db.root().list("sessions").items().stream().filter(s -> s.u32("session_type") == 3
                            && s.date("terminate_date").isNil()).count(),
                    (int) db.root().list("sessions").items().stream().filter(s -> s.u32("session_type") == 1
                            && s.date("terminate_date").isNil()).count(),
                    db.root().list("queues").size(), db.objectCount()});
            System.out.printf("warm-up: %d records in %.1f s; %d agents logged, %d live calls, %d queues, %d objects%n",
                    warmRecords, (System.nanoTime() - warm) / 1e9, sizes[0], sizes[1], sizes[2], sizes[3]);

            Map<Integer, Long> submitted = new ConcurrentHashMap<>();
            LatencyRecorder latencies = new LatencyRecorder();
            EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, new DefaultThreadFactory("bench-client", true),
                    NioIoHandler.newFactory());
            List<BenchClient> bench = new ArrayList<>();
            long connect = System.nanoTime();
            List<CompletableFuture<Void>> ready = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                BenchClient c = new BenchClient(probe, submitted, latencies::add);
                bench.add(c);
                ready.add(c.connect(group, project.port()));
            }
            CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
            System.out.printf("%d clients hold their views: %d live queries, snapshots in %.1f s%n", clients,
                    project.liveQueryCount(), (System.nanoTime() - connect) / 1e9);

            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long cpu0 = os.getProcessCpuTime();
            long messages0 = bench.stream().mapToLong(BenchClient::messages).sum();
            Deque<RlogEntry> buffer = new ArrayDeque<>();
            long applied = 0;
            long peakHeap = 0;
            int probeRank = 0;
            long t0 = System.nanoTime();
            long end = t0 + TimeUnit.SECONDS.toNanos(seconds);
            long next = t0;
            while (System.nanoTime() < end) {
                while (buffer.size() < perBatch) {
                    virtual = virtual.plusSeconds(5);
                    buffer.addAll(traffic.advanceTo(virtual));
                }
                List<RlogEntry> batch = new ArrayList<>(perBatch + 1);
                for (int i = 0; i < perBatch; i++) {
                    batch.add(buffer.poll());
                }
                batch.add(new RlogEntry(CccpDate.of(virtual, OFFSET), 0,
                        new SessionEvent(PROBE, "bench", "bench", "S", "probe", "", null)));
                submitted.put(probeRank++, System.nanoTime());
                project.database().apply(batch);
                applied += batch.size();
                peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
                next += batchNanos;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            long cpu = os.getProcessCpuTime() - cpu0;
            Thread.sleep(2000);   // let the last pushes arrive before counting (a report, not a synchronisation)
            long messages = bench.stream().mapToLong(BenchClient::messages).sum() - messages0;
            System.gc();
            long heapAfterGc = memory.getHeapMemoryUsage().getUsed();
            System.out.printf("applied %d records in %.1f s: %.0f records/s (target %d)%n", applied, elapsed,
                    applied / elapsed, rate);
            System.out.printf("pushes received: %d (%.0f/s over %d clients)%n", messages, messages / elapsed, clients);
            System.out.printf("probe push latency: %s%n", latencies.summary());
            System.out.printf("CPU: %.0f%% of one core (%d cores); heap: peak %d MiB, after GC %d MiB (max %d MiB)%n",
                    100.0 * cpu / (elapsed * 1e9), os.getAvailableProcessors(), peakHeap >> 20, heapAfterGc >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            bench.forEach(BenchClient::close);
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    /** Latencies in nanoseconds; summary in milliseconds. */
    private static final class LatencyRecorder {
        private long[] values = new long[1 << 16];
        private int count;

        synchronized void add(long nanos) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = nanos;
        }

        synchronized String summary() {
            if (count == 0) {
                return "no samples";
            }
            long[] sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);
            return String.format("%d samples, median %.1f ms, p99 %.1f ms, max %.1f ms", count,
                    sorted[count / 2] / 1e6, sorted[(int) (count * 0.99)] / 1e6, sorted[count - 1] / 1e6);
        }
    }
}
