package io.cccpexplorer.client.simulator;

import io.cccpexplorer.client.testing.Await;
import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpClientOptions;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.ConnectionState;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.LiveList;
import io.cccpexplorer.client.LiveListListener;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.client.model.ContactCenter;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.traffic.DayCurve;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The client and the model against the simulator (a dispatch look-alike with synthetic traffic). */
@Tag("integration")
class SimulatorIntegrationTest {

    private static final ConnectionOptions OPTIONS = ConnectionOptions.defaults()
            .withRequestTimeout(Duration.ofSeconds(5))
            .withBackoff(Duration.ofMillis(50), Duration.ofMillis(200));
    private static final RowFormat AGENT = RowFormat.of("session_id", "user.login", "states.last.display_name");
    private static final ListQuery AGENTS = ListQuery.of(0, "sessions")
            .filter(".[session_type eq 3 and terminate_date eq '']");

    private RunningSimulator sim;
    private final CccpClient client = CccpClient.create(new CccpClientOptions(1));

    @AfterEach
    void stop() {
        client.close();
        if (sim != null) {
            sim.close();
        }
    }

    private RunningSimulator start(int port, long seed) throws Exception {
        return Simulator.start(SimulatorConfig.builder().bindAddress("127.0.0.1")
                .project(ProjectConfig.synthetic("DEMO", port, TrafficProfile.DEMO.withCurve(DayCurve.FLAT), seed)
                        .withWarmUp(Duration.ofMinutes(10))).build());
    }

    private CccpConnection connect() throws Exception {
        return client.connect(ServerAddress.of("127.0.0.1", sim.project("DEMO").port()),
                Credentials.of("admin", "admin"), OPTIONS).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void everyQueryKindAgreesWithTheServer() throws Exception {
        sim = start(0, 42);
        CccpConnection conn = connect();
        Await.until("simulator state", () -> get(conn.listIds(AGENTS)).size() > 0);

        List<Integer> ids = get(conn.listIds(AGENTS));
        List<Row> rows = get(conn.listRows(AGENTS, AGENT));
        Row first = get(conn.object(ids.get(0), AGENT));

        assertThat(rows).extracting(Row::objectId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(rows).allSatisfy(r -> assertThat(r.text("session_id")).startsWith("user_"));
        assertThat(first.text("user.login")).isNotEmpty();
        // one-shot queries are stopped (stop_query is asynchronous: the server sees it a moment later)
        Await.until("simulator state", () -> sim.project("DEMO").liveQueryCount() == 0);
    }

    @Test
    void liveListTracksTheServerAndReconcilesAfterARestart() throws Exception {
        sim = start(0, 42);
        int port = sim.project("DEMO").port();
        CccpConnection conn = connect();
        LiveList live = conn.liveList(AGENTS, AGENT, new LiveListListener() { });
        live.ready().toCompletableFuture().get(10, TimeUnit.SECONDS);
        Await.until("simulator state", () -> sameRows(conn, live));

        sim.close();
        Await.until("simulator state", () -> conn.state() != ConnectionState.READY);
        sim = start(port, 7);   // a different server state on the same port

        Await.until("simulator state", () -> conn.state() == ConnectionState.READY && sameRows(conn, live));
    }

    @Test
    void liveListsThroughATinyObjectWindowReceiveEveryRow() throws Exception {
        sim = start(0, 42);
        CccpConnection conn = client.connect(ServerAddress.of("127.0.0.1", sim.project("DEMO").port()),
                Credentials.of("admin", "admin"), OPTIONS.withObjectQueryWindow(3))
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
        ListQuery allSessions = ListQuery.of(0, "sessions");
        Await.until("simulator state", () -> get(conn.listIds(allSessions)).size() > 20);

        LiveList agents = conn.liveList(AGENTS, AGENT, new LiveListListener() { });
        LiveList sessions = conn.liveList(allSessions, AGENT, new LiveListListener() { });
        get(agents.ready());
        get(sessions.ready());

        for (LiveList live : List.of(agents, sessions)) {
            assertThat(live.failedRows()).isEmpty();
            Await.until("simulator state", () -> live.pendingRows().isEmpty() && live.snapshot().keySet()
                    .equals(new java.util.HashSet<>(get(conn.listIds(live.query())))));
        }
        assertThat(sessions.snapshot().size()).isGreaterThan(20);
    }

    @Test
    void contactCenterSnapshotMatchesOneShotQueries() throws Exception {
        sim = start(0, 42);
        CccpConnection conn = connect();
        try (ContactCenter cc = ContactCenter.open(conn)) {
            cc.ready().toCompletableFuture().get(10, TimeUnit.SECONDS);
            Await.until("agents and queues in the model",
                    () -> !cc.snapshot().agents().isEmpty() && !cc.snapshot().queues().isEmpty());
            Await.until("as many queues in the model as on the server", () -> {
                List<Row> queues = get(conn.listRows(ListQuery.of(0, "queues"), RowFormat.of("name")));
                return cc.snapshot().queues().size() == queues.size();
            });
        }
    }

    private static boolean sameRows(CccpConnection conn, LiveList live) {
        Map<Integer, String> server = get(conn.listRows(AGENTS, AGENT)).stream()
                .collect(Collectors.toMap(Row::objectId, r -> r.text("states.last.display_name")));
        Map<Integer, String> ours = live.snapshot().values().stream()
                .collect(Collectors.toMap(Row::objectId, r -> r.text("states.last.display_name")));
        return server.equals(ours);
    }

    private static <T> T get(java.util.concurrent.CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
