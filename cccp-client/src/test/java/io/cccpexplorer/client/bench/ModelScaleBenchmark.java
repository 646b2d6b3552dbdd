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
 *       (a resync means the model did not keep up with the bounded event queue).</li>
 * </ol>
 * The model's package-private state is reached by reflection and only through the names both the current model
 * and the previous one (git 7abd806) have, so the same source runs against either, in the same run:
 * {@code java -cp <cccp-report.jar of either build> ModelScaleBenchmark.java HOST PORT LOGIN PASSWORD LIVE_SECONDS}.
 */
public final class ModelScaleBenchmark {

    private ModelScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ServerAddress address = ServerAddress.of(args[0], Integer.parseInt(args[1]));
        Credentials credentials = Credentials.of(args[2], args[3]);
        int liveSeconds = Integer.parseInt(args[4]);
        Model model = new Model();
        try (CccpClient client = CccpClient.create()) {
            long t0 = System.nanoTime();
            CccpConnection conn = client.connect(address, credentials, ConnectionOptions.defaults()
                    .withRequestTimeout(Duration.ofSeconds(60))).toCompletableFuture().get(60, TimeUnit.SECONDS);
            AtomicInteger resyncs = new AtomicInteger();
            List<LiveList> lists = new ArrayList<>();
            String[][] views = {{"AGENTS", "AGENT_FORMAT", "agentRow", "agentRemoved"},
                    {"CALLS", "CALL_FORMAT", "callRow", "callRemoved"},
                    {"TASKS", "TASK_FORMAT", "taskRow", "taskRemoved"},
                    {"QUEUES", "QUEUE_FORMAT", "queueRow", "queueRemoved"}};
            for (String[] v : views) {
                lists.add(conn.liveList((ListQuery) model.view(v[0]), (RowFormat) model.view(v[1]),
                        model.listener(v[2], v[3], resyncs)));
            }
            CompletableFuture.allOf(lists.stream().map(l -> l.ready().toCompletableFuture())
                    .toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
            Object snapshot = model.snapshot();
            long loaded = System.nanoTime() - t0;
            System.out.printf("complete picture: %d ms (%s)%n", loaded / 1_000_000, model.describe(snapshot));
            System.out.printf("load: %s%n", model.timings());
            model.reset();
            TimeUnit.SECONDS.sleep(liveSeconds);
            System.out.printf("live %d s: %s, list resyncs %d%n", liveSeconds, model.timings(), resyncs.get());
            lists.forEach(LiveList::close);
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
