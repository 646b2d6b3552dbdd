package io.cccpexplorer.simulator.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.rlog.ccxml.SetUserMode;
import io.cccpexplorer.protocol.rlog.ccxml.TaskAlerting;
import io.cccpexplorer.protocol.rlog.ccxml.TaskFailed;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManagementFailed;
import io.cccpexplorer.protocol.rlog.ccxml.TaskPostManaging;
import io.cccpexplorer.protocol.rlog.ccxml.TaskResult;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.TestRecords;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import org.junit.jupiter.api.Test;

/** Queue membership and counters inferred from ccxml records, after a scripted contact-center sequence. */
class QueueMembershipTest {

    private static final String Q1 = "{q0:{type:'queue',queue:'ACME__Q1',task:'inbound'}}";
    private static final String Q1_Q2 = "{q0:{type:'queue',queue:'ACME__Q1',task:'inbound'},"
            + "q1:{type:'queue',queue:'ACME__Q2',task:'inbound'}}";

    private final DispatchDatabase db = new DispatchDatabase();
    private final RecordApplier applier = new RecordApplier(db, "ACME");
    private final TestRecords records = new TestRecords();

    private DbObject session(String id) {
        return db.root().list("sessions").items().stream()
                .filter(s -> s.string("session_id").equals(id)).findFirst().orElseThrow();
    }

    private DbObject queue(String name) {
        return db.root().list("queues").items().stream()
                .filter(q -> q.string("name").equals("ACME__" + name)).findFirst().orElseThrow();
    }

    /** logged, working, running, waiting, contact, post_contact. */
    private int[] counters(String name) {
        DbObject q = queue(name);
        return new int[] {q.u32("logged_sessions_count"), q.u32("working_sessions_count"),
                q.u32("running_tasks_count"), q.u32("waiting_tasks_count"), q.u32("contact_tasks_count"),
                q.u32("post_contact_tasks_count")};
    }

    private void apply() {
        applier.applyAll(records.take());
    }

    @Test
    void countersFollowOfferManagePostManageEndAbandonUnplugAndLogout() {
        records.agentLogsIn("user_a", "ann", "Ann", 1, "Agent").agentLogsIn("user_b", "bob", "Bob", 2, "Agent")
                .callArrives("call_1", "01", "02").callQueued("call_1", "t1", "Q1");
        apply();
        CccpDate queuedAt = TestRecords.date(records.now());
        assertThat(counters("Q1")).containsExactly(0, 0, 1, 1, 0, 0);
        assertThat(queue("Q1").date("oldest_waiting_date")).isEqualTo(queuedAt);
        assertThat(session("user_a").string("active_queues")).isEmpty();

        records.after(5).add(new TaskAlerting("call_1", "t1", "user_a", "user_1"));
        apply();
        assertThat(counters("Q1")).as("offered: a member, the task still waits").containsExactly(1, 0, 1, 1, 0, 0);
        assertThat(session("user_a").string("active_queues")).isEqualTo(Q1);

        records.after(5).callAnswered("call_1", "t1", "user_a");
        apply();
        CccpDate answeredAt = TestRecords.date(records.now());
        assertThat(counters("Q1")).containsExactly(1, 1, 1, 0, 1, 0);
        assertThat(queue("Q1").date("oldest_waiting_date").isNil()).isTrue();
        assertThat(queue("Q1").date("oldest_contact_date")).isEqualTo(answeredAt);

        records.after(5).callArrives("call_2", "03", "02").callQueued("call_2", "t2", "Q2")
                .after(1).add(new TaskAlerting("call_2", "t2", "user_a", "user_1"));
        apply();
        assertThat(session("user_a").string("active_queues")).isEqualTo(Q1_Q2);
        assertThat(counters("Q2")).as("ann works on Q1's call").containsExactly(1, 1, 1, 1, 0, 0);

        records.after(60).add(new TaskPostManaging("call_1", "t1", "user_a", "user_1"));
        apply();
        assertThat(counters("Q1")).containsExactly(1, 1, 1, 0, 0, 1);
        assertThat(queue("Q1").date("oldest_contact_date").isNil()).isTrue();

        records.after(20).add(new TaskResult("call_1", "t1", "managed", null));
        apply();
        assertThat(counters("Q1")).containsExactly(1, 0, 0, 0, 0, 0);
        assertThat(counters("Q2")).containsExactly(1, 0, 1, 1, 0, 0);

        records.after(5).add(new TaskAlerting("call_2", "t2", "user_b", "user_2"));
        apply();
        assertThat(counters("Q2")).as("re-offered to bob").containsExactly(2, 0, 1, 1, 0, 0);

        records.after(5).add(new TaskFailed("call_2", "t2", "abandoned"));
        apply();
        assertThat(counters("Q2")).as("abandoned").containsExactly(2, 0, 0, 0, 0, 0);
        assertThat(queue("Q2").date("oldest_waiting_date").isNil()).isTrue();

        records.after(5).add(new SetUserMode("user_b", "unplug mode"));
        apply();
        assertThat(counters("Q2")).as("an unplugged member is not logged").containsExactly(1, 0, 0, 0, 0, 0);
        records.after(5).add(new SetUserMode("user_b", "agent interface"));
        apply();
        assertThat(counters("Q2")).containsExactly(2, 0, 0, 0, 0, 0);

        records.after(5).agentLogsOut("user_a", 1);
        apply();
        assertThat(counters("Q1")).containsExactly(0, 0, 0, 0, 0, 0);
        assertThat(counters("Q2")).containsExactly(1, 0, 0, 0, 0, 0);
        assertThat(session("user_a").string("active_queues")).isEmpty();
        assertThat(session("user_b").string("active_queues"))
                .isEqualTo("{q0:{type:'queue',queue:'ACME__Q2',task:'inbound'}}");
    }

    @Test
    void aFailedManagementOrATerminatedCallFreesTheAgent() {
        records.agentLogsIn("user_a", "ann", "Ann", 1, "Agent")
                .callArrives("call_1", "01", "02").callQueued("call_1", "t1", "Q1")
                .after(5).callAnswered("call_1", "t1", "user_a");
        apply();
        assertThat(counters("Q1")).containsExactly(1, 1, 1, 0, 1, 0);

        records.after(5).add(new TaskManagementFailed("call_1", "t1", "user_a", "user_1", "no answer"));
        apply();
        assertThat(counters("Q1")).as("back to waiting").containsExactly(1, 0, 1, 1, 0, 0);

        records.after(5).callAnswered("call_1", "t1", "user_a");
        apply();
        assertThat(counters("Q1")[1]).isEqualTo(1);
        records.after(5).add(new io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate("call_1"));
        apply();
        assertThat(counters("Q1")).as("the call ended without a task result: its task ends with it")
                .containsExactly(1, 0, 0, 0, 0, 0);
        assertThat(queue("Q1").date("oldest_contact_date").isNil()).isTrue();
        DbObject fileTask = db.root().list("file_tasks").first();
        assertThat(fileTask.string("state_name")).isEqualTo("terminated");
        assertThat(fileTask.string("reason")).isEqualTo("session terminated");
    }

    @Test
    void offersToSessionsThatAreNotLoggedAgentsAreIgnored() {
        records.callArrives("call_1", "01", "02").callQueued("call_1", "t1", "Q1")
                .add(new TaskAlerting("call_1", "t1", "call_9", "nobody"))
                .add(new TaskAlerting("call_1", "t1", "unknown_session", "nobody"));
        apply();
        assertThat(counters("Q1")).containsExactly(0, 0, 1, 1, 0, 0);
    }
}
