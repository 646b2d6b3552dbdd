package io.cccpexplorer.client.simulator;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpClientOptions;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.client.model.AgentInterval;
import io.cccpexplorer.client.model.AgentStatus;
import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.client.model.CallDisposition;
import io.cccpexplorer.client.model.ContactCenter;
import io.cccpexplorer.client.model.ContactCenterListener;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.client.model.FigureSettings;
import io.cccpexplorer.client.model.QueueFigures;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.traffic.DayCurve;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model over the simulator's deterministic synthetic traffic (fixed seed, busy enough for queues to overflow):
 * every agent status and call disposition shows, and the day figures add up.
 */
@Tag("integration")
class ModelOverSimulatorTest {

    private RunningSimulator sim;
    private final CccpClient client = CccpClient.create(new CccpClientOptions(1));

    @AfterEach
    void stop() {
        client.close();
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    void theSyntheticDayShowsEveryStatusAndDispositionAndItsFiguresAddUp() throws Exception {
        sim = Simulator.start(SimulatorConfig.builder().bindAddress("127.0.0.1")
                .project(ProjectConfig.synthetic("DEMO", 0, TrafficProfile.DEMO.withCurve(DayCurve.FLAT)
                        .withCallsPerHour(900), 7).withWarmUp(Duration.ofMinutes(45))).build());
        CccpConnection conn = client.connect(ServerAddress.of("127.0.0.1", sim.project("DEMO").port()),
                Credentials.of("admin", "admin"), ConnectionOptions.defaults()).toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        // the day starts an hour before the warm-up, whatever the time the test runs
        Clock clock = Clock.systemUTC();
        FigureSettings settings = FigureSettings.defaults(ZoneOffset.UTC)
                .withDayStart(java.time.LocalTime.ofSecondOfDay(
                        (clock.instant().minus(Duration.ofHours(1)).getEpochSecond() % 86_400)));
        Set<AgentStatus> statuses = ConcurrentHashMap.newKeySet();
        Set<String> reasons = ConcurrentHashMap.newKeySet();
        try (ContactCenter cc = ContactCenter.open(conn, settings, clock)) {
            cc.addListener(new ContactCenterListener() {
                @Override
                public void onAgentInterval(AgentInterval interval) {
                    statuses.add(interval.status());
                    if (interval.reason() != null) {
                        reasons.add(interval.reason());
                    }
                }
            });
            cc.ready().toCompletableFuture().get(30, TimeUnit.SECONDS);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            // busy traffic: agents go from wrap-up straight to the next call, AVAILABLE may not show for a while.
            // A status counts when an agent is seen in it (snapshot) or leaves it (closed interval): talks last
            // minutes, so on a loaded machine no talk may end within the first seconds after ready.
            while (!(statuses.containsAll(Set.of(AgentStatus.RINGING, AgentStatus.TALKING, AgentStatus.WRAP_UP))
                    || System.nanoTime() > end)) {
                cc.snapshot().agents().forEach(a -> statuses.add(a.status()));
                TimeUnit.MILLISECONDS.sleep(100);
            }
            ContactCenterSnapshot s = cc.snapshot();

            assertThat(s.calls().stream().map(Call::disposition)).contains(CallDisposition.ANSWERED,
                    CallDisposition.ABANDONED_QUEUE, CallDisposition.ABANDONED_IVR);
            assertThat(s.calls()).anySatisfy(c -> assertThat(c.tasks()).anySatisfy(t ->
                    assertThat(t.overflowed()).isTrue()));
            assertThat(s.agents()).allSatisfy(a -> assertThat(a.status()).isNotNull());
            assertThat(statuses).contains(AgentStatus.RINGING, AgentStatus.TALKING, AgentStatus.WRAP_UP);
            assertThat(s.agents().stream().filter(a -> a.status() == AgentStatus.PAUSE).map(a -> a.pauseReason())
                    .toList()).allSatisfy(r -> assertThat(r).isIn("Pause", "Pause déjeuner", "Formation"));

            QueueFigures project = s.projectFigures();
            assertThat(project.answered()).isPositive();
            assertThat(project.offered()).isEqualTo(s.queueFigures().values().stream()
                    .mapToInt(QueueFigures::offered).sum());
            assertThat(project.answered() + project.abandoned() + project.shortAbandoned() + project.overflowed())
                    .isLessThanOrEqualTo(project.offered());
            assertThat(project.overflowed()).isPositive();
            assertThat(project.serviceLevel()).isBetween(0.0, 1.0);
            assertThat(project.asa()).isNotNull();
            assertThat(project.aht()).isGreaterThan(Duration.ZERO);
            assertThat(project.agentsLogged()).isEqualTo(s.agents().size());
            assertThat(s.agentFigures().values().stream().mapToInt(f -> f.callsHandled()).sum())
                    .isEqualTo(project.answered());
        }
    }
}
