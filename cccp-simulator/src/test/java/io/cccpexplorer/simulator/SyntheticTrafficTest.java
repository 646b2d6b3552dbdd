package io.cccpexplorer.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.rlog.LoggerDirectory;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.traffic.DayCurve;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic projects: the traffic generator's records served live, recorded, and warmed up before the start. */
class SyntheticTrafficTest {

    private static final TrafficProfile SMALL = TrafficProfile.SMALL.withCurve(DayCurve.FLAT);
    private static final String AGENTS = ".[session_type eq 3 and terminate_date eq '']";

    @Test
    void syntheticProjectServesAgentsAndCallsAndRecordsThem(@TempDir Path record) throws Exception {
        MutableClock clock = new MutableClock(TestRecords.START);
        try (RunningSimulator sim = Simulator.start(SimulatorConfig.builder().clock(clock)
                .serverOffset(TestRecords.OFFSET)
                .project(ProjectConfig.synthetic("DEMO", 0, SMALL, 42L).withRecording(record)).build())) {
            RunningProject p = sim.project("DEMO");
            clock.advance(Duration.ofMinutes(30));
            assertThat(Awaits.until(() -> p.recordsApplied() > 100, ExplorerTestClient.TIMEOUT)).isTrue();
            try (ExplorerTestClient c = ExplorerTestClient.loggedIn(p.port())) {
                c.send(new QueryList(1, 1, "/dispatch", 0, "sessions", AGENTS, 0, "", 0));
                assertThat(c.next(ListResponse.class).list().items()).hasSize(SMALL.agents());
                c.send(new QueryList(1, 2, "/dispatch", 0, "queues", "", 0, "", 0));
                assertThat(c.next(ListResponse.class).list().items()).isNotEmpty();
            }
        }
        assertThat(new LoggerDirectory(record).files("DEMO", LocalDate.of(2026, 2, 8))).isNotEmpty();
    }

    @Test
    void theTrafficGeneratorsRecordsBuildABelievableDatabase() throws Exception {
        MutableClock clock = new MutableClock(TestRecords.START);
        try (RunningSimulator sim = Simulator.start(SimulatorConfig.builder().clock(clock)
                .serverOffset(TestRecords.OFFSET)
                .project(ProjectConfig.synthetic("ACME", 0, TrafficProfile.SMALL, 42L)).build())) {
            RunningProject p = sim.project("ACME");
            clock.advance(Duration.ofHours(2));
            assertThat(Awaits.until(() -> p.recordsApplied() > 50, ExplorerTestClient.TIMEOUT)).isTrue();
            int agents = p.database().read(db -> (int) db.root().list("sessions").items().stream()
                    .filter(s -> s.u32("session_type") == 3 && s.date("terminate_date").isNil()).count());
            assertThat(agents).isEqualTo(TrafficProfile.SMALL.agents());
            int users = p.database().read(db -> db.root().list("users").size());
            assertThat(users).isGreaterThanOrEqualTo(TrafficProfile.SMALL.agents());
        }
    }

    @Test
    void aWarmUpAppliesThePastBeforeTheFirstClientWithoutTheClockMoving() throws Exception {
        MutableClock clock = new MutableClock(TestRecords.START);   // never advanced: all data comes from the warm-up
        ProjectConfig demo = ProjectConfig.synthetic("DEMO", 0, TrafficProfile.DEMO.withCurve(DayCurve.FLAT), 42L)
                .withWarmUp(Duration.ofMinutes(45));
        try (RunningSimulator sim = Simulator.start(SimulatorConfig.builder().clock(clock)
                .serverOffset(TestRecords.OFFSET).project(demo).build())) {
            RunningProject p = sim.project("DEMO");
            assertThat(p.recordsApplied()).isGreaterThan(1000);
            try (ExplorerTestClient c = ExplorerTestClient.loggedIn(p.port())) {
                c.send(new QueryList(1, 1, "/dispatch", 0, "sessions", AGENTS, 0, "", 0));
                assertThat(c.next(ListResponse.class).list().items()).hasSize(TrafficProfile.DEMO.agents());
                c.send(new QueryList(1, 2, "/dispatch", 0, "sessions",
                        ".[session_type eq 1 and terminate_date eq '']", 0, "", 0));
                assertThat(c.next(ListResponse.class).list().items()).isNotEmpty();
            }
            List<DbObject> queues = p.database().read(db -> List.copyOf(db.root().list("queues").items()));
            assertThat(queues).hasSize(TrafficProfile.DEMO.queues());
            int members = p.database().read(db -> queues.stream().mapToInt(q -> q.u32("logged_sessions_count")).sum());
            assertThat(members).isGreaterThanOrEqualTo(TrafficProfile.DEMO.agents() / 2);
            long withQueues = p.database().read(db -> db.root().list("sessions").items().stream()
                    .filter(s -> s.u32("session_type") == 3 && s.bool("logged"))
                    .filter(s -> s.string("active_queues").startsWith("{q0:{type:'queue',queue:'DEMO__")).count());
            assertThat(withQueues).isGreaterThan(0);
            // the past is stamped before the start, nothing after it
            boolean allInThePast = p.database().read(db -> db.root().list("sessions").items().stream()
                    .allMatch(s -> !s.date("create_date").toInstant().isAfter(TestRecords.START)));
            assertThat(allInThePast).isTrue();
        }
    }

    @Test
    void onlySyntheticProjectsWarmUp() {
        assertThatThrownBy(() -> ProjectConfig.empty("E", 0).withWarmUp(Duration.ofMinutes(5)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("synthetic");
        assertThatThrownBy(() -> ProjectConfig.synthetic("S", 0, TrafficProfile.SMALL, 1L)
                .withWarmUp(Duration.ofMinutes(-5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("warm-up");
    }
}
