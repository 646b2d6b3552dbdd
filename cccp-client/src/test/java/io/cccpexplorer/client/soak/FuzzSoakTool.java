package io.cccpexplorer.client.soak;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.traffic.DayCurve;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Fuzz and soak tool (run by hand or by {@code scripts/soak.sh}; never part of the tests), loopback only, bounded
 * in count and time. Phases, all in this JVM:
 * <ol>
 * <li>simulator fuzz: connections sending frames built by cccp-protocol's encoders, most of them mutated
 *     ({@link FrameMutator}), two thirds after a real login; a dashboard-like connection checked every second;</li>
 * <li>client fuzz: a recorded real session replayed to cccp-client with mutated server frames;</li>
 * <li>half-sent frames: sockets declaring an 8 MiB frame, sending part of it and holding;</li>
 * <li>slow readers: sockets subscribing to thousands of objects and never reading;</li>
 * <li>kill/restart: the simulator stopped and restarted on the same port, the client's live list must resync
 *     with no ghost, missing or duplicate row; recovery time measured.</li>
 * </ol>
 * Options ({@code name=value}): {@code seconds} (budget of each fuzz phase, 120), {@code connections} (20000),
 * {@code clientAttempts} (2000), {@code halfSent} (60), {@code slowReaders} (10), {@code restarts} (5),
 * {@code seed} (1). Prints a Markdown summary; a crash is an {@link Error} anywhere, an uncaught exception, a
 * failed health check, a client hang or an unexpected client exception.
 */
public final class FuzzSoakTool {

    private static final String USER = "soak";
    private static final String PASSWORD = "soak";
    /** Small enough for the slow-reader case to reach it in seconds; the default is 100,000. */
    static final int MAX_PENDING_MESSAGES = 2_000;

    private FuzzSoakTool() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (String a : args) {
            String[] kv = a.split("=", 2);
            o.put(kv[0].replaceFirst("^--", ""), kv.length > 1 ? kv[1] : "true");
        }
        Duration phase = Duration.ofSeconds(Long.parseLong(o.getOrDefault("seconds", "120")));
        long connections = Long.parseLong(o.getOrDefault("connections", "20000"));
        long clientAttempts = Long.parseLong(o.getOrDefault("clientAttempts", "2000"));
        int halfSent = Integer.parseInt(o.getOrDefault("halfSent", "60"));
        int slowReaders = Integer.parseInt(o.getOrDefault("slowReaders", "10"));
        int restarts = Integer.parseInt(o.getOrDefault("restarts", "5"));
        long seed = Long.parseLong(o.getOrDefault("seed", "1"));

        LogTally log = LogTally.install();
        Instant started = Instant.now();
        String loadBefore = JvmMemory.loadAverage();
        Credentials credentials = Credentials.of(USER, PASSWORD);
        StringBuilder report = new StringBuilder();
        JvmMemory first;
        JvmMemory last;
        try (CccpClient client = CccpClient.create();
             RunningSimulator sim = start(0, seed, 200)) {
            int port = sim.project("SOAK").port();
            first = JvmMemory.now();

            SimulatorFuzz fuzz = new SimulatorFuzz(port, USER, PASSWORD, seed);
            try (CccpConnection health = client.connect(ServerAddress.of("127.0.0.1", port), credentials,
                    ConnectionOptions.defaults()).toCompletableFuture().get(30, TimeUnit.SECONDS)) {
                long t = System.nanoTime();
                fuzz.fuzz(connections, phase, health, 4);
                report.append(String.format("| simulator fuzz | 4 workers, %,d connections, %,d frames sent, "
                                + "%,d of them mutated; %,d connections closed by the simulator | %,d health checks, "
                                + "%d failed | %d s |%n",
                        fuzz.connections.get(), fuzz.framesSent.get(), fuzz.framesMutated.get(),
                        fuzz.closedByServer.get(),
                        fuzz.healthChecks, fuzz.healthFailures, seconds(t)));

                t = System.nanoTime();
                ClientFuzz clientFuzz = new ClientFuzz(client, seed + 1);
                clientFuzz.record(port, credentials);
                clientFuzz.fuzz(clientAttempts, phase, credentials);
                report.append(String.format("| client fuzz | %,d attempts replaying a recorded session of %d server"
                                + " frames, %,d frames sent, %,d mutated | %s; %d failures | %d s |%n",
                        clientFuzz.attempts, clientFuzz.recordedFrames(), clientFuzz.framesSent,
                        clientFuzz.framesMutated, clientFuzz.outcomes(), clientFuzz.failures, seconds(t)));

                t = System.nanoTime();
                SimulatorFuzz.HalfSent half = fuzz.halfSentFrames(halfSent, 1 << 20, Duration.ofSeconds(5));
                report.append(String.format("| half-sent frames | %d sockets declare 8 MiB and send 1 MiB (half after"
                                + " login, half before) and hold 5 s | %d closed by the simulator; before %s, holding"
                                + " %s, after closing %s | %d s |%n", half.sockets(), half.closedByServer(),
                        half.before(), half.holding(), half.after(), seconds(t)));

                t = System.nanoTime();
                SimulatorFuzz.SlowReaders slow = fuzz.slowReaders(slowReaders, 20_000, Duration.ofSeconds(20));
                fuzz.check(health);
                report.append(String.format("| slow readers | %d sockets subscribe to the sessions list, send 20,000"
                                + " object queries each and never read (4 KiB receive buffer) | %d dropped by the "
                                + "simulator (limit %,d pending messages); before %s, after %s; health check after: "
                                + "%s | %d s |%n",
                        slow.readers(), slow.dropped(), MAX_PENDING_MESSAGES, slow.before(), slow.after(),
                        fuzz.healthFailures == 0 ? "ok" : fuzz.healthFailures + " failed", seconds(t)));
            }

            long t = System.nanoTime();
            int restartPort = freePort();
            RestartCycles cycles = new RestartCycles(client, credentials, restartPort,
                    i -> start(restartPort, seed + 100 + i, 50));
            cycles.run(restarts, Duration.ofSeconds(3), phase.multipliedBy(2));
            List<Long> r = cycles.recoveryMillis.stream().sorted().toList();
            report.append(String.format("| kill/restart | %d cycles: simulator stopped, 3 s down, restarted on the same"
                            + " port with other rows | recovery (listening → live list resynced) %s ms, median %s ms;"
                            + " %d not recovered; ghosts %d, missing %d, duplicates %d | %d s |%n",
                    cycles.cycles, r, r.isEmpty() ? "-" : r.get(r.size() / 2), cycles.notRecovered, cycles.ghosts,
                    cycles.missing, cycles.duplicates, seconds(t)));
            last = JvmMemory.now();
        }
        System.out.println();
        System.out.println("## Fuzz/soak run, " + started + " to " + Instant.now());
        System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " vCPU, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + "; load average before " + loadBefore + ", after " + JvmMemory.loadAverage());
        System.out.println("Whole JVM (simulator + client + tool): at start " + first + "; at end " + last);
        System.out.println();
        System.out.println("| phase | load | result | time |");
        System.out.println("|---|---|---|---|");
        System.out.print(report);
        System.out.println();
        System.out.println("Crashes (Error logged or thrown, uncaught exceptions): " + log.fatal()
                + "; log lines: " + log.warnings() + " WARN, " + log.errors() + " ERROR " + log.byLogger());
    }

    private static long seconds(long startNanos) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static RunningSimulator start(int port, long seed, int agents) {
        try {
            return Simulator.start(SimulatorConfig.builder().bindAddress("127.0.0.1")
                    .project(ProjectConfig.synthetic("SOAK", port, TrafficProfile.DEMO.withAgents(agents)
                            .withCurve(DayCurve.FLAT), seed).withWarmUp(Duration.ofMinutes(30)))
                    .credentials(io.cccpexplorer.simulator.Credentials.of(USER, PASSWORD))
                    .maxPendingMessages(MAX_PENDING_MESSAGES).build());
        } catch (Exception e) {
            throw new IllegalStateException("simulator on port " + port + ": " + e.getMessage(), e);
        }
    }
}
