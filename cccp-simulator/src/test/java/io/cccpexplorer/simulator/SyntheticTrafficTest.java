package io.cccpexplorer.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.rlog.LoggerDirectory;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.simulator.source.BasicTraffic;
import io.cccpexplorer.simulator.source.BasicTrafficProfile;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticTrafficTest {

    private static final BasicTrafficProfile SMALL = new BasicTrafficProfile("DEMO", 10, 3, 3600, 60, 30, "h");

    @Test
    void sameSeedSameRecords() {
        List<RlogEntry> a = new BasicTraffic(SMALL, 7, TestRecords.START, TestRecords.OFFSET).advanceTo(TestRecords.START.plusSeconds(3600));
        List<RlogEntry> b = new BasicTraffic(SMALL, 7, TestRecords.START, TestRecords.OFFSET).advanceTo(TestRecords.START.plusSeconds(3600));
        assertThat(a).hasSizeGreaterThan(100).isEqualTo(b);
        assertThat(a).extracting(e -> e.date().seconds()).isSorted();
    }

    @Test
    void syntheticProjectServesAgentsAndCallsAndRecordsThem(@TempDir Path record) throws Exception {
        MutableClock clock = new MutableClock(TestRecords.START);
        try (RunningSimulator sim = Simulator.start(SimulatorConfig.builder().clock(clock).serverOffset(TestRecords.OFFSET)
                .project(ProjectConfig.synthetic("DEMO", 0, SMALL.factory(), 42L).withRecording(record)).build())) {
            RunningProject p = sim.project("DEMO");
            clock.advance(Duration.ofMinutes(10));
            assertThat(Awaits.until(() -> p.recordsApplied() > 100, ExplorerTestClient.TIMEOUT)).isTrue();
            try (ExplorerTestClient c = ExplorerTestClient.loggedIn(p.port())) {
                c.send(new QueryList(1, 1, "/dispatch", 0, "sessions", ".[session_type eq 3 and terminate_date eq '']", 0, "", 0));
                assertThat(c.next(ListResponse.class).list().items()).hasSize(10);
                c.send(new QueryList(1, 2, "/dispatch", 0, "queues", "", 0, "", 0));
                assertThat(c.next(ListResponse.class).list().items()).isNotEmpty();
            }
        }
        assertThat(new LoggerDirectory(record).files("DEMO", LocalDate.of(2026, 2, 8))).isNotEmpty();
    }

    @Test
    void theTrafficGeneratorsRecordsBuildABelievableDatabase() throws Exception {
        MutableClock clock = new MutableClock(TestRecords.START);
        try (RunningSimulator sim = Simulator.start(SimulatorConfig.builder().clock(clock).serverOffset(TestRecords.OFFSET)
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
}
