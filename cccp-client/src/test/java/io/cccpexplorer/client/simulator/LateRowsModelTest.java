package io.cccpexplorer.client.simulator;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpClientOptions;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.client.model.AgentInterval;
import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.client.model.Change;
import io.cccpexplorer.client.model.ChangeKind;
import io.cccpexplorer.client.model.ContactCenter;
import io.cccpexplorer.client.model.ContactCenterListener;
import io.cccpexplorer.client.model.FigureSettings;
import io.cccpexplorer.client.model.QueueTask;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.ccxml.LoginOk;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningProject;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.server.ObjectAnswerDelay;
import io.cccpexplorer.simulator.traffic.SyntheticTraffic;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live model over a server that answers a new queue task's or call's {@code query_object} late (the
 * simulator's {@link ObjectAnswerDelay} seam, {@value #LATE} records late; a busy server answers when it gets to
 * it, with the values then): the model's agent intervals (status, reason, start, end) and ended calls are the same
 * as with prompt answers. The model dates an interval with the rows' own dates (the agent's user task, the queue
 * task's phase dates), not with the moment a row arrived, so a task first seen ended, or in talk, moves no start.
 *
 * <p>Calls are compared as the model has them once caught up (its snapshot), and as {@code onCallEnded} reported
 * them last: the same. The prompt run waits after each record until the model has read every new row, as the log
 * import does, so that it has each row before the next record changes it (applied back to back, a call's hang-up
 * can overtake its queue task's first answer, a round trip later: one CI run, 2026-12-07). With prompt answers each
 * call is then reported once, when its session ends (at the caller's
 * hang-up, 16 of 17 calls were then corrected for their end's date alone, a fraction of a millisecond later). A call
 * that ended before its queue task's row arrived is first reported without it (an IVR
 * abandon with no queue nor agent: all 14 ended calls of a run on 2026-12-06), then reported again, corrected, when
 * the task's row completes it; before, that second report was missing and a store kept the IVR abandon. An
 * interval's call and queue are compared too: the agent's own task names them ({@code caller_session_id},
 * {@code queue_name} of its lock), so a ringing, talking or wrap-up interval closed before its queue task's row
 * arrived still counts in its queue's wrap-up time (before the model read them, 39 of 73 intervals of a run had
 * neither, 2026-12-06).
 *
 * <p>An agent's own row seen late is another matter: its statuses before the first answer are not in any row the
 * server still holds; the log import waits for a new agent's row (see dashboard-web's {@code LateRowsImportTest}).
 * Here both runs wait for each login, so that only the tasks' and calls' lateness differs.
 */
@Tag("integration")
class LateRowsModelTest {

    /** Commits (records that changed something) before a late row is answered: minutes of this traffic. */
    static final int LATE = 500;

    @Test
    void queueTasksAndCallsSeenLateGiveTheSameIntervalsAndCalls() throws Exception {
        List<RlogEntry> records = new ArrayList<>();
        Instant start = Instant.parse("2026-02-09T08:00:00Z");
        SyntheticTraffic traffic = new SyntheticTraffic(TrafficProfile.SMALL.withProject("ACME"), 7, start,
                ZoneOffset.ofHours(1));
        for (Instant t = start.plusSeconds(60); !t.isAfter(start.plusSeconds(1200)); t = t.plusSeconds(60)) {
            records.addAll(traffic.advanceTo(t));
        }
        AtomicInteger lateRows = new AtomicInteger();
        Seen prompt = watch(records, ObjectAnswerDelay.NONE, true);
        Seen late = watch(records, o -> {
            String type = o.classDef().name();
            if (type.equals("ccenter_dispatch_db_file_task") || type.equals("ccenter_dispatch_db_call_session")) {
                lateRows.incrementAndGet();
                return LATE;
            }
            return 0;
        }, false);

        assertThat(lateRows.get()).as("rows answered late").isGreaterThan(20);
        assertThat(prompt.intervals).hasSizeGreaterThan(20);
        assertThat(prompt.intervals).as("every interval on a call names it and its queue")
                .filteredOn(i -> i.contains(" RINGING ") || i.contains(" TALKING ") || i.contains(" WRAP_UP "))
                .isNotEmpty().noneMatch(i -> i.contains(" null null "));
        assertThat(prompt.calls).hasSizeGreaterThan(10);
        assertThat(late.intervals).containsExactlyElementsOf(prompt.intervals);
        assertThat(late.calls).containsExactlyElementsOf(prompt.calls);
        for (Seen seen : List.of(prompt, late)) {
            assertThat(seen.lastReports).as("each call as reported last is the model's")
                    .containsExactlyElementsOf(seen.wholeCalls);
            assertThat(seen.corrections).as("a correction reports a change").allSatisfy(c -> {
                assertThat(c.kind()).isEqualTo(ChangeKind.UPDATED);
                assertThat(c.current()).isNotEqualTo(c.previous());
            });
        }
        // reported when the session ends, not at the hang-up: its end date no longer moves after the report
        assertThat(prompt.corrections).as("with prompt answers each call is reported once").isEmpty();
        assertThat(late.corrections).as("calls first reported before their task's row arrived, then with its queue")
                .anyMatch(c -> c.previous().queue() == null && c.current().queue() != null);
    }

    /**
     * What a model saw of the records: closed intervals and, once caught up, its ended calls, its ended calls whose
     * tasks ended too, and each call as {@code onCallEnded} reported it last (sorted); and its corrections.
     */
    private record Seen(List<String> intervals, List<String> calls, List<String> wholeCalls, List<String> lastReports,
                        List<Change<Call>> corrections) {
    }

    /**
     * @param eachRowRead whether to wait, after each record, until the model has read every new row (as the log
     *                    import does): without it a prompt server still answers a new row's {@code query_object}
     *                    after a round trip, and records applied meanwhile (the caller's hang-up) can overtake it
     */
    private static Seen watch(List<RlogEntry> records, ObjectAnswerDelay delay, boolean eachRowRead)
            throws Exception {
        List<String> intervals = new ArrayList<>();
        List<String> calls = new ArrayList<>();
        List<String> wholeCalls = new ArrayList<>();
        Map<String, Call> lastReport = new HashMap<>();
        List<Change<Call>> corrections = new ArrayList<>();
        try (RunningSimulator sim = Simulator.start(SimulatorConfig.builder().bindAddress("127.0.0.1")
                .project(ProjectConfig.empty("ACME", 0)).serverOffset(ZoneOffset.ofHours(1))
                .objectAnswerDelay(delay).build());
             CccpClient client = CccpClient.create(new CccpClientOptions(1))) {
            RunningProject project = sim.project("ACME");
            CccpConnection conn = client.connect(ServerAddress.of("127.0.0.1", project.port()),
                    Credentials.of("admin", "admin"), ConnectionOptions.defaults().withReconnect(false))
                    .toCompletableFuture().get(10, TimeUnit.SECONDS);
            try (ContactCenter cc = ContactCenter.open(conn, FigureSettings.defaults(ZoneOffset.UTC),
                    Clock.systemUTC())) {
                cc.addListener(new ContactCenterListener() {
                    @Override
                    public void onAgentInterval(AgentInterval interval) {
                        intervals.add(String.join(" ", interval.login(), interval.sessionId(),
                                interval.status().name(), String.valueOf(interval.reason()),
                                String.valueOf(interval.callSessionId()), String.valueOf(interval.queue()),
                                String.valueOf(interval.start()), String.valueOf(interval.end())));
                    }

                    @Override
                    public void onCallEnded(Change<Call> report) {
                        lastReport.put(report.current().sessionId(), report.current());
                        if (report.kind() != ChangeKind.ADDED) {
                            corrections.add(report);
                        }
                    }
                });
                cc.ready().toCompletableFuture().get(30, TimeUnit.SECONDS);
                for (RlogEntry r : records) {
                    project.database().apply(r); // one commit per record, as a dispatch pushes them
                    if (r.record() instanceof LoginOk) {
                        cc.caughtUp().toCompletableFuture().get(30, TimeUnit.SECONDS);
                    } else if (eachRowRead) {
                        cc.newRowsLoaded().toCompletableFuture().get(30, TimeUnit.SECONDS);
                    }
                }
                cc.caughtUp().toCompletableFuture().get(30, TimeUnit.SECONDS);
                assertThat(cc.droppedChangeCount()).isZero();
                for (Call c : cc.snapshot().calls()) {
                    if (!c.active()) {
                        calls.add(c.toString());
                        if (c.tasks().stream().allMatch(QueueTask::isEnded)) {
                            wholeCalls.add(c.toString());
                        }
                    }
                }
            }
        }
        intervals.sort(null);
        calls.sort(null);
        wholeCalls.sort(null);
        List<String> lastReports = lastReport.values().stream().map(Call::toString).sorted().toList();
        return new Seen(intervals, calls, wholeCalls, lastReports, corrections);
    }
}
