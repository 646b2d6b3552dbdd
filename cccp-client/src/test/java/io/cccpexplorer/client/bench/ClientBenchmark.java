package io.cccpexplorer.client.bench;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpClientOptions;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.LiveList;
import io.cccpexplorer.client.LiveListListener;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.traffic.DayCurve;
import io.cccpexplorer.simulator.traffic.TrafficProfile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Run by hand (not a test): full snapshot load of the four dashboard views over one connection vs what the original
 * dashboard did for the same refresh, push latency from a server change to a live-list listener, and heap per
 * 1,000 live agents. Uses an in-process simulator with 5,000 agents.
 * <p>The baseline is four separate report processes run one after the other, as the original started the vendor's
 * {@code ccenter_report} four times per refresh ({@link ReportProcesses}): our {@code cccp-report} launcher
 * (system property {@code cccp.report}, default {@code cccp-report/bin/cccp-report}), or the vendor's binary when
 * the environment variable {@code CCCP_PEER} names {@code cccp-peer.sh}. Fresh connections inside this JVM are not
 * that baseline (no process start, warm JIT) and are no longer measured. Without a launcher the baseline is skipped
 * and said so. System property {@code bench.rounds} (default 5) sets the rounds of the load comparison.
 * With {@code live-load} as fourth argument it measures instead the full load of the four views as live lists
 * over one connection, with the default 5 s request deadline: "before" (every object query pipelined at once,
 * one attempt, as the client did before the object-query window) against "after" (defaults: window 256, up to
 * 5 attempts), reporting time to ready and rows received vs rows expected.
 *
 * <pre>mvn -o -q -Dcccp.targetDir=target-client -pl cccp-client -am test-compile
 * java -cp "$(cat cp.txt):cccp-client/target-client/classes:cccp-client/target-client/test-classes" \
 *      io.cccpexplorer.client.bench.ClientBenchmark</pre>
 */
public final class ClientBenchmark {

    /** The four views of the original dashboard (wire spec §7.5, invocations 1, 3, 4, 6). */
    static final List<ListQuery> QUERIES = List.of(
            ListQuery.of(0, "sessions").filter(".[session_type eq 3 and terminate_date eq '']"),
            ListQuery.of(0, "sessions"),
            ListQuery.of(0, "sessions").filter(".[session_type eq 1]"),
            ListQuery.of(0, "queues"));
    static final List<RowFormat> FORMATS = List.of(
            RowFormat.of("object_id", "project_name", "user.login", "user.name", "phone_contact_uri", "login_date",
                    "profile_name", "current_mode", "states.last.display_name", "session_id", "session_type",
                    "create_date", "terminate_date"),
            RowFormat.of("object_id", "session_id", "create_date", "terminate_date", "active_queues"),
            RowFormat.of("create_date", "terminate_date", "session_id", "connections.last.incoming",
                    "connections.last.remote_address", "connections.last.local_address"),
            RowFormat.of("object_id", "name", "queue_type", "display_name", "logged_sessions_count",
                    "working_sessions_count", "waiting_tasks_count"));
    private static final ConnectionOptions OPTIONS = ConnectionOptions.defaults()
            .withRequestTimeout(Duration.ofSeconds(60));

    private static final int CHANGES = 300;

    private ClientBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int agents = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        double speed = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        TrafficProfile profile = TrafficProfile.LARGE.withAgents(agents).withCurve(DayCurve.FLAT)
                .withCallsPerHour(calls * 12.8);   // LARGE: 25,600 calls/hour keep about 2,000 calls at once
        try (RunningSimulator sim = Simulator.start(SimulatorConfig.builder().bindAddress("127.0.0.1")
                .project(ProjectConfig.synthetic("BENCH", 0, profile, 42L).withSpeed(speed)
                        .withWarmUp(Duration.ofMinutes(30))).build());
             CccpClient client = CccpClient.create(new CccpClientOptions(2))) {
            ServerAddress address = ServerAddress.of("127.0.0.1", sim.project("BENCH").port());
            Credentials credentials = Credentials.of("bench", "bench");
            CccpConnection conn = client.connect(address, credentials, OPTIONS).toCompletableFuture().get();
            System.out.printf("simulator: %d agents, speed x%s; waiting for %d agents and %d calls%n", agents, speed,
                    agents, calls);
            waitForSize(conn, QUERIES.get(0), agents);
            waitForSize(conn, QUERIES.get(2), calls);
            System.out.printf("server: %d agents logged in, %d call sessions%n",
                    conn.listIds(QUERIES.get(0)).toCompletableFuture().get().size(),
                    conn.listIds(QUERIES.get(2)).toCompletableFuture().get().size());

            if (args.length > 3 && args[3].equals("live-load")) {
                Duration timeout = Duration.ofMillis(args.length > 4 ? Long.parseLong(args[4]) : 5_000);
                ConnectionOptions after = ConnectionOptions.defaults().withRequestTimeout(timeout);
                ConnectionOptions before = after.withObjectQueryWindow(Integer.MAX_VALUE).withRowQueryAttempts(1);
                System.out.printf("request deadline %d ms%n", timeout.toMillis());
                for (int round = 0; round < 3; round++) {
                    liveLoad("before", client, address, credentials, before);
                    liveLoad("after ", client, address, credentials, after);
                }
                return;
            }
            boolean skipLoad = args.length > 3 && args[3].equals("skip-load");
            int rounds = skipLoad ? 0 : Integer.getInteger("bench.rounds", 5);
            ReportProcesses baseline = ReportProcesses.find(address.port()).orElse(null);
            List<Long> oneConnection = new ArrayList<>();
            List<Long> sequential = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                long t0 = System.nanoTime();
                List<CompletableFuture<List<Row>>> all = new ArrayList<>();
                for (int i = 0; i < QUERIES.size(); i++) {
                    all.add(conn.listRows(QUERIES.get(i), FORMATS.get(i)).toCompletableFuture());
                }
                CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
                oneConnection.add(System.nanoTime() - t0);

                if (baseline != null) {
                    sequential.add(baseline.refresh());
                }
            }
            if (!skipLoad) {
                long one = median(oneConnection);
                System.out.printf("four views, one connection, pipelined: median %d ms (%s)%n",
                        one / 1_000_000, millis(oneConnection));
                if (baseline == null) {
                    System.out.println("baseline not run: no cccp-report launcher (-Dcccp.report) and no CCCP_PEER");
                    System.out.printf("BENCH four-views median_ms=%d rounds=%d%n", one / 1_000_000, rounds);
                } else {
                    long four = median(sequential);
                    System.out.printf("%s:    median %d ms (%s)%n", baseline.describe(), four / 1_000_000,
                            millis(sequential));
                    System.out.printf("BENCH four-views median_ms=%d baseline_ms=%d baseline=%s rounds=%d%n",
                            one / 1_000_000, four / 1_000_000, baseline.name(), rounds);
                }
            }

            pushLatency(sim, conn);
            memoryPerThousandAgents(conn, agents);
        }
    }

    /** Opens the four views as live lists on a fresh connection and waits until all are ready. */
    private static void liveLoad(String label, CccpClient client, ServerAddress address, Credentials credentials,
                                 ConnectionOptions options) throws Exception {
        try (CccpConnection c = client.connect(address, credentials, options).toCompletableFuture().get()) {
            int expected = 0;
            for (ListQuery q : QUERIES) {
                expected += c.listIds(q).toCompletableFuture().get().size();
            }
            AtomicLong failed = new AtomicLong();
            LiveListListener listener = new LiveListListener() {
                @Override
                public void onRowFailed(int objectId, io.cccpexplorer.client.CccpTimeoutException cause) {
                    failed.incrementAndGet();
                }
            };
            long t0 = System.nanoTime();
            List<LiveList> lists = new ArrayList<>();
            for (int i = 0; i < QUERIES.size(); i++) {
                lists.add(c.liveList(QUERIES.get(i), FORMATS.get(i), listener));
            }
            int listsFailed = 0;
            for (LiveList l : lists) {
                try {
                    l.ready().toCompletableFuture().get(10, TimeUnit.MINUTES);
                } catch (java.util.concurrent.ExecutionException e) {
                    listsFailed++;   // the query_list itself stayed unanswered
                }
            }
            long took = System.nanoTime() - t0;
            int expectedAfter = 0;
            for (ListQuery q : QUERIES) {
                expectedAfter += c.listIds(q).toCompletableFuture().get().size();
            }
            int received = 0;
            long retried = 0;
            for (LiveList l : lists) {
                received += l.snapshot().size();
                retried += l.retriedQueries();
            }
            // the lists move while they load: rows present at the start and at the end bracket the expected count
            System.out.printf("%s: four live views ready in %d ms; rows %d (server: %d at start, %d at end); "
                    + "%d rows failed, %d lists failed, %d retried%n", label, took / 1_000_000, received, expected,
                    expectedAfter, failed.get(), listsFailed, retried);
            lists.forEach(LiveList::close);
        }
    }

    private static void pushLatency(RunningSimulator sim, CccpConnection conn) throws Exception {
        AtomicReference<String> wanted = new AtomicReference<>("");
        AtomicReference<CountDownLatch> arrived = new AtomicReference<>(new CountDownLatch(1));
        LiveList queues = conn.liveList(QUERIES.get(3), FORMATS.get(3), new LiveListListener() {
            @Override
            public void onUpdated(Row previous, Row current) {
                if (current.text("display_name").equals(wanted.get())) {
                    arrived.get().countDown();
                }
            }
        });
        queues.ready().toCompletableFuture().get();
        int queueId = queues.snapshot().keySet().iterator().next();
        List<Long> latencies = new ArrayList<>();
        AtomicLong changedAt = new AtomicLong();
        for (int i = 0; i < CHANGES; i++) {
            String name = "bench-" + i;
            wanted.set(name);
            CountDownLatch latch = new CountDownLatch(1);
            arrived.set(latch);
            // the clock starts on the simulator's database thread, when the change is made
            sim.project("BENCH").database().change(db -> {
                changedAt.set(System.nanoTime());
                db.find(queueId).set("display_name", name);
            });
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("change " + i + " never arrived");
            }
            latencies.add(System.nanoTime() - changedAt.get());
        }
        queues.close();
        Collections.sort(latencies);
        System.out.printf("push latency server change -> listener (%d changes): median %d us, p99 %d us%n", CHANGES,
                latencies.get(latencies.size() / 2) / 1_000, latencies.get(latencies.size() * 99 / 100) / 1_000);
        System.out.printf("BENCH push-latency median_us=%d p99_us=%d%n", latencies.get(latencies.size() / 2) / 1_000,
                latencies.get(latencies.size() * 99 / 100) / 1_000);
    }

    private static void memoryPerThousandAgents(CccpConnection conn, int agents) throws Exception {
        long before = usedHeapAfterGc();
        LiveList live = conn.liveList(QUERIES.get(0), FORMATS.get(0), new LiveListListener() { });
        live.ready().toCompletableFuture().get();
        int rows = live.snapshot().size();
        long after = usedHeapAfterGc();
        System.out.printf("heap for %d live agents (13 fields each, both sides): %d KiB, %d KiB per 1,000 agents "
                + "(includes simulator noise)%n", rows, (after - before) / 1024, (after - before) / 1024 * 1000 / rows);
        live.close();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(200);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static void waitForSize(CccpConnection conn, ListQuery query, int size) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (conn.listIds(query).toCompletableFuture().get().size() < size) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException(query.describe() + " never reached " + size + " items");
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String millis(List<Long> values) {
        return values.stream().map(v -> v / 1_000_000 + " ms").toList().toString();
    }
}
