package io.cccpexplorer.simulator.server;

import static io.cccpexplorer.simulator.server.ObjectDeltas.leaf;
import static io.cccpexplorer.simulator.server.ObjectDeltas.u32;
import static io.cccpexplorer.simulator.server.ObjectDeltas.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.explorer.ObjectResponse;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.explorer.QueryObject;
import io.cccpexplorer.protocol.explorer.SetObjectFormat;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.rlog.ccxml.TaskAlerting;
import io.cccpexplorer.simulator.ExplorerTestClient;
import io.cccpexplorer.simulator.MutableClock;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningProject;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.TestRecords;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The test seam {@link ObjectAnswerDelay}: a late {@code query_object} is answered with the object's values when it
 * is answered, not when it was asked, and a later {@code query_list} is answered after it.
 */
class ObjectAnswerDelayTest {

    private static final ObjectFormat QUEUE = new ObjectFormat(3, List.of(leaf(0, "waiting_tasks_count"),
            leaf(1, "contact_tasks_count")));
    private static final ObjectFormat SESSION = new ObjectFormat(4, List.of(leaf(0, "session_id")));

    private final MutableClock clock = new MutableClock(TestRecords.START.plusSeconds(30));
    private final TestRecords records = new TestRecords();
    private RunningSimulator sim;

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aLateAnswerHasTheValuesThenAndComesBeforeALaterListAnswer() throws Exception {
        sim = Simulator.start(SimulatorConfig.builder().clock(clock).serverOffset(TestRecords.OFFSET)
                .project(ProjectConfig.empty("ACME", 0))
                .objectAnswerDelay(o -> o.classDef().name().contains("queue") ? 1_000 : 0).build());
        RunningProject project = sim.project("ACME");
        project.database().apply(records.agentLogsIn("user_a", "ann", "Ann", 1, "Agent")
                .callArrives("call_1", "01", "02").callQueued("call_1", "t1", "Q1").take());
        int queueId = project.database().read(db -> db.root().list("queues").first().id());
        int agentId = project.database().read(db -> db.root().list("sessions").first().id());
        try (ExplorerTestClient c = ExplorerTestClient.loggedIn(project.port())) {
            c.send(new SetObjectFormat(1, QUEUE));
            c.send(new SetObjectFormat(1, SESSION));
            c.send(new QueryObject(1, 10, "/dispatch", queueId, 3, 0)); // asked while the call waits
            c.send(new QueryObject(1, 11, "/dispatch", agentId, 4, 0));
            // requests are served in order: the session's answer shows that the queue's was asked before it
            assertThat(c.next(ObjectResponse.class).systemId()).isEqualTo(11);
            project.database().apply(records.after(5).add(new TaskAlerting("call_1", "t1", "user_a", "user_1"))
                    .take());
            project.database().apply(records.after(5).callAnswered("call_1", "t1", "user_a").take());

            c.send(new QueryList(1, 20, "/dispatch", 0, "users", "", 0, "", 0));
            ObjectResponse late = c.next(ObjectResponse.class);
            assertThat(late.systemId()).isEqualTo(10);
            // answered at once, it would have said 1 waiting, 0 in contact, then two deltas
            assertThat(values(late)).containsOnly(Map.entry(0, u32(0)), Map.entry(1, u32(1)));
            assertThat(c.next(ListResponse.class).systemId()).isEqualTo(20);
            c.assertNothingPending();
        }
    }
}
