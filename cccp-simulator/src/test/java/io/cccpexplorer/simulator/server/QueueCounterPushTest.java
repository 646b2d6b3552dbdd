package io.cccpexplorer.simulator.server;

import static io.cccpexplorer.simulator.server.ObjectDeltas.leaf;
import static io.cccpexplorer.simulator.server.ObjectDeltas.u32;
import static io.cccpexplorer.simulator.server.ObjectDeltas.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.explorer.ObjectResponse;
import io.cccpexplorer.protocol.explorer.QueryObject;
import io.cccpexplorer.protocol.explorer.SetObjectFormat;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.rlog.ccxml.SetUserMode;
import io.cccpexplorer.protocol.rlog.ccxml.TaskAlerting;
import io.cccpexplorer.protocol.rlog.ccxml.TaskResult;
import io.cccpexplorer.simulator.AcmeProject;
import io.cccpexplorer.simulator.ExplorerTestClient;
import io.cccpexplorer.simulator.TestRecords;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Queue counters and agents' active_queues reach a connected client as object deltas. */
class QueueCounterPushTest {

    private static final ObjectFormat QUEUE = new ObjectFormat(3, List.of(
            leaf(0, "logged_sessions_count"), leaf(1, "working_sessions_count"), leaf(2, "waiting_tasks_count"),
            leaf(3, "contact_tasks_count")));
    private static final ObjectFormat AGENT = new ObjectFormat(4, List.of(leaf(0, "active_queues")));

    private final TestRecords records = new TestRecords();
    @RegisterExtension
    final AcmeProject acme = new AcmeProject();

    @Test
    void membershipAndCounterChangesArePushed() throws Exception {
        acme.project().database().apply(records.agentLogsIn("user_a", "ann", "Ann", 1, "Agent")
                .callArrives("call_1", "01", "02").callQueued("call_1", "t1", "Q1").take());
        int queueId = acme.project().database().read(db -> db.root().list("queues").first().id());
        int agentId = acme.project().database().read(db -> db.root().list("sessions").first().id());
        try (ExplorerTestClient c = ExplorerTestClient.loggedIn(acme.project().port())) {
            c.send(new SetObjectFormat(1, QUEUE));
            c.send(new SetObjectFormat(1, AGENT));
            c.send(new QueryObject(1, 10, "/dispatch", queueId, 3, 0));
            assertThat(values(c.next(ObjectResponse.class)))
                    .containsOnly(Map.entry(0, u32(0)), Map.entry(1, u32(0)), Map.entry(2, u32(1)),
                            Map.entry(3, u32(0)));
            c.send(new QueryObject(1, 11, "/dispatch", agentId, 4, 0));
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(0, new FieldValue.Str("")));

            acme.project().database()
                    .apply(records.after(5).add(new TaskAlerting("call_1", "t1", "user_a", "user_1")).take());
            Map<Integer, Map<Integer, FieldValue>> offered = nextTwo(c);
            assertThat(offered.get(10)).containsOnly(Map.entry(0, u32(1)));
            assertThat(offered.get(11)).containsOnly(Map.entry(0,
                    new FieldValue.Str("{q0:{type:'queue',queue:'ACME__Q1',task:'inbound'}}")));

            acme.project().database().apply(records.after(5).callAnswered("call_1", "t1", "user_a").take());
            ObjectResponse managed = c.next(ObjectResponse.class);
            assertThat(managed.systemId()).isEqualTo(10);
            assertThat(values(managed)).containsOnly(Map.entry(1, u32(1)), Map.entry(2, u32(0)), Map.entry(3, u32(1)));

            acme.project().database().apply(records.after(60).add(new TaskResult("call_1", "t1", "managed", null))
                    .take());
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(1, u32(0)), Map.entry(3, u32(0)));

            acme.project().database().apply(records.after(5).add(new SetUserMode("user_a", "unplug")).take());
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(0, u32(0)));
            c.assertNothingPending();
        }
    }

    /** The next two object responses, by system id (one commit's pushes come in no promised order). */
    private static Map<Integer, Map<Integer, FieldValue>> nextTwo(ExplorerTestClient c) throws InterruptedException {
        ObjectResponse a = c.next(ObjectResponse.class);
        ObjectResponse b = c.next(ObjectResponse.class);
        return Map.of(a.systemId(), values(a), b.systemId(), values(b));
    }
}
