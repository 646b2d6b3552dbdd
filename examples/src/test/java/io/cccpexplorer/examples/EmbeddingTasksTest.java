package io.cccpexplorer.examples;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.CccpConnectionException;
import io.cccpexplorer.client.CccpException;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.ConnectionState;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.simulator.traffic.DayCurve;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sample application's tasks against the simulator started in-process: agents live, waiting calls per queue,
 * a call's events, a server restart, a wrong port, a silent server. Only the client's public API is used (this
 * module depends on nothing else at compile time).
 */
class EmbeddingTasksTest {

    private static final Credentials ADMIN = Credentials.of("admin", "admin");
    /** The defaults, with liveness and backoff short enough for a test. */
    private static final ConnectionOptions OPTIONS = ConnectionOptions.defaults()
            .withBackoff(Duration.ofMillis(50), Duration.ofMillis(500))
            .withLiveness(Duration.ofSeconds(1), Duration.ofSeconds(1));

    private final CccpClient client = CccpClient.create();
    private RunningSimulator sim;

    @AfterEach
    void stop() {
        client.close();
        if (sim != null) {
            sim.close();
        }
    }

    private static RunningSimulator simulator(int port, long seed) throws Exception {
        return Simulator.start(SimulatorConfig.builder().bindAddress("127.0.0.1")
                .project(ProjectConfig.synthetic("DEMO", port, TrafficProfile.DEMO.withCurve(DayCurve.FLAT), seed)
                        .withWarmUp(Duration.ofMinutes(20))).build());
    }

    private CccpConnection connect(int port) throws Exception {
        return client.connect(ServerAddress.of("127.0.0.1", port), ADMIN, OPTIONS).toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
    }

    @Test
    void agentsLive() throws Exception {
        sim = simulator(0, 11);
        CccpConnection conn = connect(sim.project("DEMO").port());
        try (AgentsLive agents = new AgentsLive(conn, line -> { })) {
            agents.ready().toCompletableFuture().get(30, TimeUnit.SECONDS);

            assertThat(agents.stateByLogin()).isNotEmpty();
            await("the live list equals a fresh query", () -> agents.stateByLogin()
                    .equals(AgentsLive.byLogin(conn.sync().listRows(AgentsLive.AGENTS, AgentsLive.FORMAT))));
        }
    }

    @Test
    void waitingCallsPerQueue() throws Exception {
        sim = simulator(0, 12);
        CccpConnection conn = connect(sim.project("DEMO").port());

        Map<String, Long> waiting = WaitingCalls.perQueue(conn.sync());

        List<String> queues = conn.sync().listRows(ListQuery.of(0, "queues"), RowFormat.of("name")).stream()
                .map(r -> r.text("name")).toList();
        assertThat(waiting.keySet()).containsExactlyInAnyOrderElementsOf(queues);
        assertThat(waiting.values()).allMatch(n -> n >= 0);
    }

    @Test
    void aCallsEvents() throws Exception {
        sim = simulator(0, 13);
        CccpConnection conn = connect(sim.project("DEMO").port());
        String call = conn.sync().listRows(ListQuery.of(0, "sessions").filter(".[session_type eq 1]"),
                RowFormat.of("session_id")).get(0).text("session_id");

        assertThat(CallEvents.of(conn.sync(), call)).isNotEmpty();
        assertThat(CallEvents.of(conn.sync(), "no such session")).isEmpty();
    }

    @Test
    void aServerRestartIsFollowedByAReconnectAndTheSameLiveList() throws Exception {
        sim = simulator(0, 14);
        int port = sim.project("DEMO").port();
        CccpConnection conn = connect(port);
        ConnectionWatch watch = ConnectionWatch.of(conn, line -> { });
        try (AgentsLive agents = new AgentsLive(conn, line -> { })) {
            agents.ready().toCompletableFuture().get(30, TimeUnit.SECONDS);

            sim.close();
            await("the loss noticed", () -> conn.state() == ConnectionState.BACKING_OFF);
            sim = simulator(port, 15);

            await("back, and the live list equal to the new server's agents", () ->
                    conn.state() == ConnectionState.READY && agents.stateByLogin().equals(
                            AgentsLive.byLogin(conn.sync().listRows(AgentsLive.AGENTS, AgentsLive.FORMAT))));
            assertThat(watch.changes()).anyMatch(change -> change.startsWith("BACKING_OFF (connection to 127.0.0.1:"
                    + port + " closed by the server)"));
        }
    }

    @Test
    void aWrongPortFailsWithAMessageNamingIt() throws Exception {
        int unused;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            unused = probe.getLocalPort();
        }

        assertThatThrownBy(() -> connect(unused)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(CccpConnectionException.class)
                .hasMessageStartingWith("cannot connect to 127.0.0.1:" + unused + ": ");
    }

    @Test
    void aSilentServerIsNoticedAndTheConnectionComesBackWhenItAnswersAgain() throws Exception {
        sim = simulator(0, 16);
        try (FreezableProxy proxy = new FreezableProxy(sim.project("DEMO").port())) {
            CccpConnection conn = connect(proxy.port());
            ConnectionWatch watch = ConnectionWatch.of(conn, line -> { });

            proxy.freeze();
            await("the silence noticed", () -> watch.changes().stream().anyMatch(change ->
                    change.startsWith("BACKING_OFF (server sent nothing for") && change.contains("liveness probe")));
            proxy.thaw();

            await("ready again", () -> conn.state() == ConnectionState.READY);
            assertThat(conn.lastDataReceived()).isPresent();
            assertThat(conn.sync().listIds(AgentsLive.AGENTS)).isNotEmpty();
        }
    }

    @Test
    void theApplicationRunsEndToEnd() throws Exception {
        sim = simulator(0, 17);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int status = Main.run(ServerAddress.of("127.0.0.1", sim.project("DEMO").port()), ADMIN, 0,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(" waiting").contains("+ ");
    }

    /**
     * Polls until the condition holds (a query refused while reconnecting counts as "not yet"); the limit only
     * turns a hang into a failure.
     */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!holds(condition)) {
            assertThat(System.nanoTime() - end).as(what).isNegative();
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (CccpException e) {
            return false;
        }
    }
}
