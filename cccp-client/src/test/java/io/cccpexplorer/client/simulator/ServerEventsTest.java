package io.cccpexplorer.client.simulator;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpClientOptions;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.CccpEvent;
import io.cccpexplorer.client.CccpTimeoutException;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Client events out and server events in, against the simulator's load_day handling (replay mode). */
class ServerEventsTest {

    private static final Set<String> LOAD_DAY_REPLIES = Set.of(CccpConnection.DAY_LOADED, CccpConnection.BAD_DAY);

    @TempDir
    Path logs;

    private RunningSimulator sim;
    private CccpClient client;
    private CccpConnection connection;

    @BeforeEach
    void start() throws Exception {
        sim = Simulator.start(SimulatorConfig.builder().bindAddress("127.0.0.1")
                .project(ProjectConfig.replay("ACME", 0, logs, Optional.empty())).build());
        client = CccpClient.create(new CccpClientOptions(1));
        connection = client.connect(ServerAddress.of("127.0.0.1", sim.project("ACME").port()),
                        Credentials.of("admin", "secret"),
                        ConnectionOptions.defaults().withRequestTimeout(Duration.ofSeconds(2)))
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        connection.close();
        client.close();
        sim.close();
    }

    @Test
    void loadDayIsAnsweredAndListenersSeeTheServerEvent() throws Exception {
        BlockingQueue<CccpEvent> seen = new LinkedBlockingQueue<>();
        connection.addServerEventListener(seen::add);

        CccpEvent reply = connection.request(CccpEvent.loadDay(LocalDate.of(2026, 2, 8)), LOAD_DAY_REPLIES)
                .toCompletableFuture().get(5, TimeUnit.SECONDS);

        assertThat(reply.name()).isEqualTo(CccpConnection.DAY_LOADED);
        CccpEvent pushed = seen.poll(5, TimeUnit.SECONDS);
        assertThat(pushed).isNotNull();
        assertThat(pushed.name()).isEqualTo(CccpConnection.DAY_LOADED);
    }

    @Test
    void aMalformedDayIsABadDay() throws Exception {
        CccpEvent reply = connection.request(CccpEvent.named("com.consistent.ccenter.dispatch.load_day.2026_13_45"),
                LOAD_DAY_REPLIES).toCompletableFuture().get(5, TimeUnit.SECONDS);

        assertThat(reply.name()).isEqualTo(CccpConnection.BAD_DAY);
    }

    @Test
    void silenceBecomesATimeoutNamingTheEvent() {
        assertThatThrownBy(() -> connection.request(CccpEvent.named("com.example.never_answered"),
                        Set.of("com.example.answer")).toCompletableFuture().get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(CccpTimeoutException.class)
                .cause().hasMessageContaining("com.example.never_answered");
    }

    @Test
    void sendingOnAClosedConnectionFailsFast() {
        connection.close();
        assertThatThrownBy(() -> connection.sendEvent(CccpEvent.named("x")).toCompletableFuture()
                .get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
    }
}
