package io.cccpexplorer.client.bench;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.LiveList;
import io.cccpexplorer.client.LiveListListener;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.client.ServerAddress;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The live model at the size of a large center (issue #11), run by hand, never a test: against a running server
 * (e.g. {@code cccp-simulator --scale large --curve flat --warm-up 30m}), it opens the model's four live lists on
 * one connection and feeds their rows to the model's state, timing each row, then
 * <ol>
 *   <li>"complete picture": connect → all four lists ready → one snapshot built;</li>
 *   <li>live: the per-row cost while the server's traffic runs for a while, and how many list resyncs happened
 *       (a resync means the model did not keep up with the bounded event queue), and this process's CPU as a
 *       share of one core: {@code LIVE_SECONDS} 600 is the 10-minute steady state.</li>
 * </ol>
 * With the server's pid as a sixth argument it also reports the server's CPU time during the load (Linux /proc),
 * so a slow picture on a loaded machine can be told apart from one that costs CPU. The last line,
 * {@code BENCH model-scale ...}, is what {@code scripts/bench.sh} reads. {@code -Dbench.rounds=2} loads the
 * picture once on a first connection before the measured one (a JVM whose JIT has seen the code);
 * {@code -Dbench.jfr=FILE} records the measured load alone with Flight Recorder (read it with {@code jfr print}).
 * The model's package-private state is reached by reflection and only through the names both the current model
 * and the previous one (git 7abd806) have, so the same source runs against either, in the same run:
 * {@code java -cp <cccp-report.jar of either build> ModelScaleBenchmark.java HOST PORT LOGIN PASSWORD LIVE_SECONDS
 * [SERVER_PID]}.
 */
public final class ModelScaleBenchmark {

    private ModelScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ServerAddress address = ServerAddress.of(args[0], Integer.parseInt(args[1]));
        Credentials credentials = Credentials.of(args[2], args[3]);
        int liveSeconds = Integer.parseInt(args[4]);
        // optional: the server's pid, to report its CPU time during the load too (Linux /proc)
        ProcessCpu server = args.length > 5 ? ProcessCpu.of(Long.parseLong(args[5])) : ProcessCpu.NONE;
        ProcessCpu self = ProcessCpu.self();
        // -Dbench.rounds=N: N - 1 complete loads first (each on its own connection, closed after), so the measured
        // one runs in a JVM whose JIT has seen the code: a dashboard reconnecting rather than one just started
        int rounds = Integer.getInteger("bench.rounds", 1);
        try (CccpClient client = CccpClient.create()) {
            for (int round = 1; round < rounds; round++) {
                Picture warmUp = load(client, address, credentials, self, server);
                System.out.printf("warm-up picture %d of %d: %s%n", round, rounds - 1, warmUp.summary());
                warmUp.lists.forEach(LiveList::close);
                warmUp.connection.close();
            }
            // -Dbench.jfr=FILE: a flight recording (profile settings) of the measured load only, for `jfr print`
            String jfr = System.getProperty("bench.jfr");
            jdk.jfr.Recording recording = jfr == null ? null
                    : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            if (recording != null) {
                recording.start();
            }
            Picture p = load(client, address, credentials, self, server);
            if (recording != null) {
                recording.dump(java.nio.file.Path.of(jfr));
                recording.close();
            }
            System.out.printf("complete picture: %s%n", p.summary());
            System.out.printf("load: %s%n", p.model.timings());
            Model model = p.model;
            model.reset();
            long liveCpu0 = self.nanos();
            long liveT0 = System.nanoTime();
            TimeUnit.SECONDS.sleep(liveSeconds);
            double cores = (self.nanos() - liveCpu0) / (double) (System.nanoTime() - liveT0);
            System.out.printf("live %d s: %s, list resyncs %d, this process %.1f %% of one core%n", liveSeconds,
                    model.timings(), p.resyncs.get(), cores * 100);
            System.out.printf("BENCH model-scale rounds=%d picture_ms=%d picture_cpu_ms=%d picture_server_cpu_ms=%s "
                            + "live_s=%d live_rows=%d live_p99_us=%.0f live_max_us=%.0f resyncs=%d cpu_pct=%.1f%n",
                    rounds, p.wallNanos / 1_000_000, p.cpuNanos / 1_000_000,
                    server == ProcessCpu.NONE ? "-" : Long.toString(p.serverCpuNanos / 1_000_000), liveSeconds,
                    model.count(), model.percentile(0.99) / 1e3, model.percentile(1.0) / 1e3, p.resyncs.get(),
                    cores * 100);
            p.lists.forEach(LiveList::close);
        }
    }

    /** Connect → the four lists ready → one snapshot built, with a new model state. */
    private static Picture load(CccpClient client, ServerAddress address, Credentials credentials, ProcessCpu self,
                                ProcessCpu server) throws Exception {
        Model model = new Model();
        long t0 = System.nanoTime();
        long selfCpu0 = self.nanos();
        long serverCpu0 = server.nanos();
        CccpConnection conn = client.connect(address, credentials, ConnectionOptions.defaults()
                .withRequestTimeout(Duration.ofSeconds(60))).toCompletableFuture().get(60, TimeUnit.SECONDS);
        long loggedIn = System.nanoTime() - t0;
        AtomicInteger resyncs = new AtomicInteger();
        List<LiveList> lists = new ArrayList<>();
        String[][] views = {{"AGENTS", "AGENT_FORMAT", "agentRow", "agentRemoved"},
                {"CALLS", "CALL_FORMAT", "callRow", "callRemoved"},
                {"TASKS", "TASK_FORMAT", "taskRow", "taskRemoved"},
                {"QUEUES", "QUEUE_FORMAT", "queueRow", "queueRemoved"}};
        List<String> readyTimes = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (String[] v : views) {
            LiveList list = conn.liveList((ListQuery) model.view(v[0]), (RowFormat) model.view(v[1]),
                    model.listener(v[2], v[3], resyncs));
            list.ready().thenRun(() -> readyTimes.add(v[0].toLowerCase() + " "
                    + (System.nanoTime() - t0) / 1_000_000 + " ms"));
            lists.add(list);
        }
        CompletableFuture.allOf(lists.stream().map(l -> l.ready().toCompletableFuture())
                .toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        long snapshotT0 = System.nanoTime();
        Object snapshot = model.snapshot();
        long wall = System.nanoTime() - t0;
        readyTimes.add("snapshot built in " + (System.nanoTime() - snapshotT0) / 1_000_000 + " ms");
        String what = model.describe(snapshot);
        return new Picture(conn, lists, model, resyncs, wall, self.nanos() - selfCpu0,
                server == ProcessCpu.NONE ? -1 : server.nanos() - serverCpu0,
                String.format("%d ms (%s); logged in after %d ms; lists ready: %s", wall / 1_000_000, what,
                        loggedIn / 1_000_000, readyTimes));
    }

    private record Picture(CccpConnection connection, List<LiveList> lists, Model model, AtomicInteger resyncs,
                           long wallNanos, long cpuNanos, long serverCpuNanos, String text) {
        String summary() {
            return text + "; CPU during the load: this process " + cpuNanos / 1_000_000 + " ms"
                    + (serverCpuNanos < 0 ? "" : ", the server " + serverCpuNanos / 1_000_000 + " ms");
        }
    }

    /** CPU time of a whole process: this JVM's (all threads: I/O, events, GC, JIT) or another's from /proc. */
    private interface ProcessCpu {
        ProcessCpu NONE = () -> 0;

        long nanos();

        static ProcessCpu self() {
            return () -> ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        }

        /** utime + stime of /proc/PID/stat, in clock ticks of 10 ms (USER_HZ 100 on Linux). */
        static ProcessCpu of(long pid) {
            java.nio.file.Path stat = java.nio.file.Path.of("/proc", Long.toString(pid), "stat");
            return () -> {
                try {
                    String text = java.nio.file.Files.readString(stat);
                    String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
                    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
                } catch (java.io.IOException e) {
                    return 0;
                }
            };
        }
    }

    /** The model's state, whichever version of it is on the class path, with each row timed. */
    private static final class Model {
        private final Class<?> views;
        private final Object state;
        private final Method snapshot;
        private final java.lang.management.ThreadMXBean threads =
                java.lang.management.ManagementFactory.getThreadMXBean();
        private long[] nanos = new long[1 << 20];
        private int count;
        /** CPU time of the rows: on a loaded machine, wall time per row also counts the time the thread waited. */
        private long cpuNanos;

        Model() throws Exception {
            views = Class.forName("io.cccpexplorer.client.model.ContactCenterViews");
            Class<?> stateClass = Class.forName("io.cccpexplorer.client.model.ContactCenterState");
            Constructor<?> c = stateClass.getDeclaredConstructors()[0];
            c.setAccessible(true);
            Consumer<Object> ignore = e -> { };
            if (c.getParameterCount() == 1) {
                state = c.newInstance(ignore);
            } else {
                Class<?> settings = Class.forName("io.cccpexplorer.client.model.FigureSettings");
                Object defaults = settings.getMethod("defaults", java.time.ZoneId.class).invoke(null, ZoneOffset.UTC);
                state = c.newInstance(ignore, defaults, Clock.systemUTC());
            }
            snapshot = stateClass.getDeclaredMethod("snapshot");
            snapshot.setAccessible(true);
        }

        Object view(String name) throws Exception {
            Field f = views.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(null);
        }

        Object snapshot() throws Exception {
            return snapshot.invoke(state);
        }

        String describe(Object s) throws Exception {
            return List.of("agents", "calls", "queues").stream().map(n -> {
                try {
                    return ((List<?>) s.getClass().getMethod(n).invoke(s)).size() + " " + n;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }).toList().toString();
        }

        LiveListListener listener(String upsert, String remove, AtomicInteger resyncs) throws Exception {
            Method up = state.getClass().getDeclaredMethod(upsert, Row.class);
            Method rm = state.getClass().getDeclaredMethod(remove, Row.class);
            up.setAccessible(true);
            rm.setAccessible(true);
            return new LiveListListener() {
                @Override
                public void onAdded(Row row) {
                    timed(up, row);
                }

                @Override
                public void onUpdated(Row previous, Row current) {
                    timed(up, current);
                }

                @Override
                public void onRemoved(Row row) {
                    timed(rm, row);
                }

                @Override
                public void onResync() {
                    resyncs.incrementAndGet();
                }
            };
        }

        /** Runs on the connection's event executor, one row at a time. */
        private synchronized void timed(Method m, Row row) {
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            try {
                m.invoke(state, row);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = System.nanoTime() - t;
        }

        synchronized int count() {
            return count;
        }

        /** The row time at quantile {@code q} (1.0: the longest) of the rows since the last reset, in ns. */
        synchronized long percentile(double q) {
            if (count == 0) {
                return 0;
            }
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return sorted[Math.min(count - 1, (int) (count * q))];
        }

        synchronized void reset() {
            count = 0;
            cpuNanos = 0;
        }

        synchronized String timings() {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            if (count == 0) {
                return "no rows";
            }
            long total = Arrays.stream(sorted).sum();
            return String.format("%d rows, wall total %d ms (CPU %d ms), per row wall median %.1f µs, p99 %.1f µs, "
                    + "max %.1f ms", count, total / 1_000_000, cpuNanos / 1_000_000, sorted[count / 2] / 1e3,
                    sorted[(int) (count * 0.99)] / 1e3, sorted[count - 1] / 1e6);
        }
    }
}
