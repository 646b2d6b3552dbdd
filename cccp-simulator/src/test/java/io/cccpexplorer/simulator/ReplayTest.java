package io.cccpexplorer.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.explorer.ClientEvent;
import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.explorer.ServerEvent;
import io.cccpexplorer.protocol.objects.ListItem;
import io.cccpexplorer.protocol.rlog.LogSource;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.RlogRecorder;
import io.cccpexplorer.simulator.apply.RecordApplier;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import io.cccpexplorer.simulator.source.ReplayDays;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay of Logger directories synthesized here with the rlog writer (never sample logs). */
class ReplayTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 8);

    @TempDir
    Path logger;

    @BeforeEach
    void writeADay() throws Exception {
        List<RlogEntry> day = new TestRecords()
                .agentLogsIn("user_1", "jdoe", "Jane", 41, "Agent")
                .after(60).callArrives("session_9", "0199000001", "0199000999").callQueued("session_9", "t1", "SALES")
                .after(3600).callArrives("session_10", "0199000002", "0199000999")   // next UTC hour: second file
                .take();
        try (RlogRecorder host1 = new RlogRecorder(logger, LogSource.ccxml("ACME", "host1"))) {
            for (RlogEntry e : day) {
                host1.record(e);
            }
        }
    }

    private SimulatorConfig config(ProjectConfig p) {
        return SimulatorConfig.builder().serverOffset(TestRecords.OFFSET).project(p).build();
    }

    @Test
    void dayGivenAtStartIsLoadedBeforeServing() throws Exception {
        try (RunningSimulator sim = Simulator.start(config(ProjectConfig.replay("ACME", 0, logger, Optional.of(DAY))));
             ExplorerTestClient c = ExplorerTestClient.loggedIn(sim.project("ACME").port())) {
            c.send(new QueryList(1, 1, "/dispatch", 0, "sessions", "", 0, "", 0));
            assertThat(c.next(ListResponse.class).list().items()).hasSize(3);
            c.send(new QueryList(1, 2, "/dispatch", 0, "queues", "", 0, "", 0));
            assertThat(c.next(ListResponse.class).list().items()).hasSize(1);
        }
    }

    @Test
    void loadDayEventLoadsTheDayAndLiveQueriesSeeIt() throws Exception {
        try (RunningSimulator sim = Simulator.start(config(ProjectConfig.replay("ACME", 0, logger, Optional.empty())));
             ExplorerTestClient c = ExplorerTestClient.loggedIn(sim.project("ACME").port())) {
            c.send(new QueryList(1, 1, "/dispatch", 0, "sessions", ".[session_type eq 1]", 0, "", 0));
            assertThat(c.next(ListResponse.class).list().items()).isEmpty();

            c.send(new ClientEvent(1, "", "me", "", 0, "com.consistent.ccenter.dispatch.load_day.2026_02_08", null));
            assertThat(c.next(ListResponse.class).list().items()).extracting(ListItem::action)
                    .containsExactly(ListItem.ADDED);
            assertThat(c.next(ListResponse.class).list().items()).extracting(ListItem::action)
                    .containsExactly(ListItem.ADDED);
            assertThat(c.next(ServerEvent.class).eventName()).isEqualTo("com.consistent.ccenter.dispatch.day_loaded");

            c.send(new ClientEvent(1, "", "me", "", 0, "com.consistent.ccenter.dispatch.load_day.2026_03_01", null));
            assertThat(c.next(ServerEvent.class).eventName()).as("a day without files still loads")
                    .isEqualTo("com.consistent.ccenter.dispatch.day_loaded");
            assertThat(sim.project("ACME").recordsApplied()).isEqualTo(10);
        }
    }

    @Test
    void aLoadedDayPushesEachRecordsChangeOnItsOwn() throws Exception {
        // observed: a client following the dispatch during a load_day sees every intermediate value (an event count
        // going up one by one), so the simulator commits each record on its own
        try (RunningSimulator sim = Simulator.start(config(ProjectConfig.replay("ACME", 0, logger, Optional.empty())));
             ExplorerTestClient c = ExplorerTestClient.loggedIn(sim.project("ACME").port())) {
            c.send(new io.cccpexplorer.protocol.explorer.SetObjectFormat(1,
                    new io.cccpexplorer.protocol.objects.ObjectFormat(
                    5, List.of(new io.cccpexplorer.protocol.objects.FormatField(1, "sessions", null,
                            List.of(io.cccpexplorer.protocol.objects.FormatField.leaf(2, "count")))))));
            c.send(new io.cccpexplorer.protocol.explorer.QueryObject(1, 7, "/dispatch", 0, 5, 0));
            assertThat(sessionsCount(c)).isEqualTo(0);

            c.send(new ClientEvent(1, "", "me", "", 0, "com.consistent.ccenter.dispatch.load_day.2026_02_08", null));
            assertThat(List.of(sessionsCount(c), sessionsCount(c), sessionsCount(c))).containsExactly(1, 2, 3);
        }
    }

    private static int sessionsCount(ExplorerTestClient c) throws Exception {
        var values = c.next(io.cccpexplorer.protocol.explorer.ObjectResponse.class).object().values();
        return ((io.cccpexplorer.protocol.blob.FieldValue.U32) values.get(0).value()).value();
    }

    @Test
    void pacedReplayFeedsTheDayAsItsClockPasses() throws Exception {
        MutableClock clock = new MutableClock(TestRecords.START);
        try (RunningSimulator sim = Simulator.start(SimulatorConfig.builder().clock(clock)
                .serverOffset(TestRecords.OFFSET)
                .project(ProjectConfig.replay("ACME", 0, logger, Optional.of(DAY)).withSpeed(1)).build())) {
            RunningProject p = sim.project("ACME");
            assertThat(Awaits.until(() -> p.recordsApplied() == 3, ExplorerTestClient.TIMEOUT))
                    .as("the agent's records, dated at the start").isTrue();
            clock.advance(java.time.Duration.ofSeconds(61));
            assertThat(Awaits.until(() -> p.recordsApplied() == 7, ExplorerTestClient.TIMEOUT)).isTrue();
            int sessions = p.database().read(db -> db.root().list("sessions").size());
            assertThat(sessions).isEqualTo(2);
        }
    }

    @Test
    void aDayLoadedByAClientIntoAnIdleProjectIsPlayedAtItsPace() throws Exception {
        // with nothing to play the project ticks once a second; the client's day must still be played as its clock
        // passes, the day's first records at once
        MutableClock clock = new MutableClock(TestRecords.START);
        try (RunningSimulator sim = Simulator.start(SimulatorConfig.builder().clock(clock)
                .serverOffset(TestRecords.OFFSET)
                .project(ProjectConfig.replay("ACME", 0, logger, Optional.empty()).withSpeed(1)).build());
             ExplorerTestClient c = ExplorerTestClient.loggedIn(sim.project("ACME").port())) {
            RunningProject p = sim.project("ACME");
            c.send(new ClientEvent(1, "", "me", "", 0, "com.consistent.ccenter.dispatch.load_day.2026_02_08", null));
            assertThat(c.next(ServerEvent.class).eventName()).isEqualTo("com.consistent.ccenter.dispatch.day_loaded");
            assertThat(Awaits.until(() -> p.recordsApplied() == 3, ExplorerTestClient.TIMEOUT))
                    .as("the agent's records, dated at the day's start").isTrue();

            clock.advance(java.time.Duration.ofSeconds(61));

            assertThat(Awaits.until(() -> p.recordsApplied() == 7, ExplorerTestClient.TIMEOUT)).isTrue();
            clock.advance(java.time.Duration.ofHours(2));
            assertThat(Awaits.until(() -> p.recordsApplied() == 10, ExplorerTestClient.TIMEOUT))
                    .as("played to its end: the project idles again").isTrue();
        }
    }

    @Test
    void aPacedReplayAnnouncesWhenItsNextRecordIsDue() throws Exception {
        // the project's tick sleeps until then: nothing of the day may be due sooner
        MutableClock wall = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
        RecordApplier applier = new RecordApplier(new DispatchDatabase(), "ACME");
        try (ReplayDays days = new ReplayDays(logger, "ACME", TestRecords.OFFSET, applier, wall, 2.0)) {
            assertThat(days.nextRecordAt()).as("no day loaded").isEmpty();
            days.load(DAY);
            Instant loaded = wall.instant();
            days.advance(loaded, applier);
            assertThat(applier.appliedCount()).as("the agent's records, dated at the day's start").isEqualTo(3);

            // the call, a minute of the day later: 30 real seconds at twice real time
            Instant next = days.nextRecordAt().orElseThrow();
            assertThat(next).isBetween(loaded.plusSeconds(30), loaded.plusSeconds(30).plusMillis(1));
            days.advance(next.minusNanos(1), applier);
            assertThat(applier.appliedCount()).isEqualTo(3);
            days.advance(next, applier);
            assertThat(applier.appliedCount()).isGreaterThan(3);
            assertThat(days.nextRecordAt()).as("the next hour's call").hasValueSatisfying(
                    at -> assertThat(at).isAfter(loaded.plusSeconds(1800)));
        }
    }
}
