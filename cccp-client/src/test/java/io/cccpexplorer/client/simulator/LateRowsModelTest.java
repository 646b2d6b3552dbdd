package io.cccpexplorer.client.simulator;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpClientOptions;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.client.model.AgentInterval;
import io.cccpexplorer.client.model.ContactCenter;
import io.cccpexplorer.client.model.ContactCenterListener;
import io.cccpexplorer.client.model.FigureSettings;
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
import java.util.List;
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
 * <p>Calls are compared as the model has them once caught up (its snapshot). What {@code onCallEnded} reported
 * differs: a call that ended before its queue task's row arrived is reported ended without it (an IVR abandon with
 * no queue nor agent: all 14 ended calls of a run on 2026-12-06); the task then completes the call in the model,
 * but it is not reported again. The history's writers read each reported call again from the model when they write it
 * ({@code SessionEventReader.latest}), after the import's wait for every row, so its stored calls are right
 * (dashboard-web's {@code LateRowsImportTest}). An interval's call and queue are compared too: the agent's own task
 * names them ({@code caller_session_id}, {@code queue_name} of its lock), so a ringing, talking or wrap-up interval
 * closed before its queue task's row arrived still counts in its queue's wrap-up time (before the model read them,
 * 39 of 73 intervals of a run had neither, 2026-12-06).
 *
 *  * <p>An agent's own row seen late is another matter: its statuses before the first answer are not in any row the
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
        Seen prompt = watch(records, ObjectAnswerDelay.NONE);
        Seen late = watch(records, o -> {
            String type = o.classDef().name();
            if (type.equals("ccenter_dispatch_db_file_task") || type.equals("ccenter_dispatch_db_call_session")) {
                lateRows.incrementAndGet();
                return LATE;
            }
            return 0;
        });

        assertThat(lateRows.get()).as("rows answered late").isGreaterThan(20);
        assertThat(prompt.intervals).hasSizeGreaterThan(20);
        assertThat(prompt.intervals).as("every interval on a call names it and its queue")
                .filteredOn(i -> i.contains(" RINGING ") || i.contains(" TALKING ") || i.contains(" WRAP_UP "))
                .isNotEmpty().noneMatch(i -> i.contains(" null null "));
        assertThat(prompt.calls).hasSizeGreaterThan(10);
        assertThat(late.intervals).containsExactlyElementsOf(prompt.intervals);
        assertThat(late.calls).containsExactlyElementsOf(prompt.calls);
    }

    /** What a model saw of the records: closed intervals and, once caught up, its ended calls; sorted. */
    private record Seen(List<String> intervals, List<String> calls) {
    }

    private static Seen watch(List<RlogEntry> records, ObjectAnswerDelay delay) throws Exception {
        List<String> intervals = new ArrayList<>();
        List<String> calls = new ArrayList<>();
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

                });
                cc.ready().toCompletableFuture().get(30, TimeUnit.SECONDS);
                for (RlogEntry r : records) {
                    project.database().apply(r); // one commit per record, as a dispatch pushes them
                    if (r.record() instanceof LoginOk) {
                        cc.caughtUp().toCompletableFuture().get(30, TimeUnit.SECONDS);
                    }
                }
                cc.caughtUp().toCompletableFuture().get(30, TimeUnit.SECONDS);
                assertThat(cc.droppedChangeCount()).isZero();
                cc.snapshot().calls().stream().filter(c -> !c.active()).forEach(c -> calls.add(c.toString()));
            }
        }
        intervals.sort(null);
        calls.sort(null);
        return new Seen(intervals, calls);
    }
}
