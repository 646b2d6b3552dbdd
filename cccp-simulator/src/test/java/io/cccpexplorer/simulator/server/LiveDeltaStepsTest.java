package io.cccpexplorer.simulator.server;

import static io.cccpexplorer.simulator.server.ObjectDeltas.leaf;
import static io.cccpexplorer.simulator.server.ObjectDeltas.u32;
import static io.cccpexplorer.simulator.server.ObjectDeltas.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.explorer.ObjectResponse;
import io.cccpexplorer.protocol.explorer.QueryObject;
import io.cccpexplorer.protocol.explorer.SetObjectFormat;
import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionConnected;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionDisconnected;
import io.cccpexplorer.protocol.rlog.ccxml.DialogEnterItem;
import io.cccpexplorer.protocol.rlog.ccxml.Logout;
import io.cccpexplorer.protocol.rlog.ccxml.SessionDelete;
import io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate;
import io.cccpexplorer.protocol.rlog.ccxml.SetUserMode;
import io.cccpexplorer.protocol.rlog.ccxml.UserStillLogged;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskCreate;
import io.cccpexplorer.simulator.AcmeProject;
import io.cccpexplorer.simulator.ExplorerTestClient;
import io.cccpexplorer.simulator.TestRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The steps in which one record's changes reach a follower, as the vendor's dispatch pushes them (observed with
 * differential.sh SYNTHETIC=1 CALLS=90 FOLLOW=1 across midnight): records written by our test records, applied by
 * our simulator, the object deltas read from the wire.
 */
class LiveDeltaStepsTest {

    private static final ObjectFormat USER = new ObjectFormat(3, List.of(
            leaf(0, "logged_count"), new FormatField(1, "logged", null, List.of(leaf(2, "current")))));
    private static final ObjectFormat AGENT = new ObjectFormat(4, List.of(
            leaf(0, "total_tasks_count"), leaf(1, "running_tasks_count"), leaf(2, "last_task_display_name"),
            leaf(3, "current_mode")));

    private final TestRecords records = new TestRecords();
    @RegisterExtension
    final AcmeProject acme = new AcmeProject();

    private static UserStillLogged stillLogged(String sessionId) {
        return new UserStillLogged(sessionId, "ann", "Ann", 1, "agent", 1, "Agent", 7, "default", "Default",
                "/default", "user_1", 1234);
    }

    @Test
    void userStillLoggedKeepsTheModeTheSessionSet() throws Exception {
        acme.project().database().apply(records.agentLogsIn("user_a", "ann", "Ann", 1, "Agent")
                .add(new SetUserMode("user_a", "agent interface")).take());
        int agentId = acme.project().database().read(db -> db.root().list("sessions").first().id());
        try (ExplorerTestClient c = ExplorerTestClient.loggedIn(acme.project().port())) {
            c.send(new SetObjectFormat(1, AGENT));
            c.send(new QueryObject(1, 10, "/dispatch", agentId, 4, 0));
            assertThat(values(c.next(ObjectResponse.class))).containsEntry(3, new FieldValue.Str("agent interface"));

            // the next day's first hour file says mode "agent" for every logged session
            acme.project().database().apply(records.after(3600).add(stillLogged("user_a")).take());
            c.assertNothingPending();
        }
        String mode = acme.project().database().read(db -> db.root().list("sessions").first().string("current_mode"));
        assertThat(mode).isEqualTo("agent interface");
    }

    @Test
    void aSessionFirstSeenInStillLoggedTakesItsMode() throws Exception {
        acme.project().database()
                .apply(records.add(new io.cccpexplorer.protocol.rlog.ccxml.SessionCreate("user_a", 3, false,
                TestRecords.PROJECT, "/" + TestRecords.PROJECT)).add(stillLogged("user_a")).take());
        String mode = acme.project().database().read(db -> db.root().list("sessions").first().string("current_mode"));
        assertThat(mode).isEqualTo("agent");
    }

    @Test
    void loggedCountIsPushedBeforeTheLoggedStatistic() throws Exception {
        acme.project().database().apply(records.agentLogsIn("user_a", "ann", "Ann", 1, "Agent").take());
        int userId = acme.project().database().read(db -> db.root().list("users").first().id());
        try (ExplorerTestClient c = ExplorerTestClient.loggedIn(acme.project().port())) {
            c.send(new SetObjectFormat(1, USER));
            c.send(new QueryObject(1, 10, "/dispatch", userId, 3, 0));
            assertThat(values(c.next(ObjectResponse.class))).containsEntry(0, u32(1));

            acme.project().database().apply(records.after(60).add(new Logout("user_a", 1)).take());
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(0, u32(0)));
            ObjectResponse stopped = c.next(ObjectResponse.class);
            assertThat(values(stopped)).containsOnly(Map.entry(2, u32(0)));

            // the session logs in again (a day's user_still_logged): the count first, then the statistic
            acme.project().database().apply(records.after(60).add(stillLogged("user_a")).take());
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(0, u32(1)));
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(2, u32(1)));
            c.assertNothingPending();
        }
    }

    @Test
    void aUserTaskCreateIsPushedInFourSteps() throws Exception {
        acme.project().database().apply(records.agentLogsIn("user_a", "ann", "Ann", 1, "Agent").take());
        int agentId = acme.project().database().read(db -> db.root().list("sessions").first().id());
        ObjectFormat format = new ObjectFormat(5, List.of(leaf(0, "total_tasks_count"),
                leaf(1, "running_tasks_count"), leaf(2, "last_task_display_name"),
                new FormatField(3, "user_tasks", null, List.of(leaf(4, "count")))));
        try (ExplorerTestClient c = ExplorerTestClient.loggedIn(acme.project().port())) {
            c.send(new SetObjectFormat(1, format));
            c.send(new QueryObject(1, 10, "/dispatch", agentId, 5, 0));
            assertThat(values(c.next(ObjectResponse.class))).containsEntry(0, u32(0)).containsEntry(1, u32(0));

            acme.project().database().apply(records.after(5)
                    .add(new UserTaskCreate("user_a", 1, 1, "queue", "SALES", "#36B37E", 1, 0)).take());
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(4, u32(1)));
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(2, new FieldValue.Str("SALES")));
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(1, u32(1)));
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(0, u32(1)));
            c.assertNothingPending();
        }
    }

    private static FormatField count(int index, String list, int countIndex) {
        return new FormatField(index, list, null, List.of(leaf(countIndex, "count")));
    }

    @Test
    void anItemReachedIsPushedInFiveSteps() throws Exception {
        acme.project().database().apply(records.callArrives("call_1", "01", "02")
                .add(new ConnectionConnected("call_1", 1))
                .after(5).add(new DialogEnterItem("call_1", "d1", "menu", "item_1", 0, 1, false)).take());
        int callId = acme.project().database().read(db -> db.root().list("sessions").first().id());
        ObjectFormat format = new ObjectFormat(6, List.of(leaf(0, "current_item"), leaf(1, "current_item_date"),
                leaf(2, "best_item"), leaf(3, "best_item_date"), count(4, "items", 5)));
        try (ExplorerTestClient c = ExplorerTestClient.loggedIn(acme.project().port())) {
            c.send(new SetObjectFormat(1, format));
            c.send(new QueryObject(1, 10, "/dispatch", callId, 6, 0));
            assertThat(values(c.next(ObjectResponse.class))).containsEntry(5, u32(1));

            acme.project().database().apply(records.after(5)
                    .add(new DialogEnterItem("call_1", "d1", "menu", "item_2", 0, 1, false)).take());
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(5, u32(2)));
            assertThat(values(c.next(ObjectResponse.class)))
                    .containsOnly(Map.entry(0, new FieldValue.Str("menu.item_2")));
            assertThat(values(c.next(ObjectResponse.class))).containsOnlyKeys(1);
            assertThat(values(c.next(ObjectResponse.class)))
                    .containsOnly(Map.entry(2, new FieldValue.Str("menu.item_2")));
            assertThat(values(c.next(ObjectResponse.class))).containsOnlyKeys(3);
            c.assertNothingPending();
        }
    }

    @Test
    void aTerminateAndADeletePushTheirDateBeforeTheirEvent() throws Exception {
        acme.project().database().apply(records.callArrives("call_1", "01", "02")
                .add(new ConnectionConnected("call_1", 1))
                .take());
        int callId = acme.project().database().read(db -> db.root().list("sessions").first().id());
        ObjectFormat format = new ObjectFormat(7, List.of(leaf(0, "terminate_date"), leaf(1, "delete_date"),
                count(2, "events", 3)));
        try (ExplorerTestClient c = ExplorerTestClient.loggedIn(acme.project().port())) {
            c.send(new SetObjectFormat(1, format));
            c.send(new QueryObject(1, 10, "/dispatch", callId, 7, 0));
            int events = ((FieldValue.U32) values(c.next(ObjectResponse.class)).get(3)).value();

            acme.project().database().apply(records.after(5).add(new SessionTerminate("call_1")).take());
            assertThat(values(c.next(ObjectResponse.class))).containsOnlyKeys(0);
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(3, u32(events + 1)));
            acme.project().database().apply(records.after(5).add(new SessionDelete("call_1")).take());
            assertThat(values(c.next(ObjectResponse.class))).containsOnlyKeys(1);
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(3, u32(events + 2)));
            c.assertNothingPending();
        }
    }

    @Test
    void aDisconnectPushesTheItemThenTheConnectionThenTheTotalStatisticThenTheEntryPoints() throws Exception {
        acme.project().database().apply(records.callArrives("call_1", "01", "02")
                .add(new ConnectionConnected("call_1", 1))
                .take());
        int callId = acme.project().database().read(db -> db.root().list("sessions").first().id());
        int connectionId = acme.project().database().read(db ->
                db.root().list("sessions").first().list("connections").first().id());
        List<Integer> statistics = acme.project().database().read(db -> {
            List<Integer> ids = new ArrayList<>();
            for (var stat : db.root().list("array_statistics").items()) {
                if (stat.string("name").startsWith("incoming")) {
                    ids.add(stat.id());
                }
            }
            return ids;
        });
        assertThat(statistics).hasSize(2);   // "incomings", then the entry point's
        try (ExplorerTestClient c = ExplorerTestClient.loggedIn(acme.project().port())) {
            c.send(new SetObjectFormat(1, new ObjectFormat(8, List.of(count(0, "items", 1)))));
            c.send(new SetObjectFormat(1, new ObjectFormat(9, List.of(leaf(0, "disconnected_date")))));
            c.send(new SetObjectFormat(1, new ObjectFormat(10, List.of(leaf(0, "current")))));
            c.send(new QueryObject(1, 10, "/dispatch", callId, 8, 0));
            c.send(new QueryObject(1, 11, "/dispatch", connectionId, 9, 0));
            c.send(new QueryObject(1, 12, "/dispatch", statistics.get(0), 10, 0));
            c.send(new QueryObject(1, 13, "/dispatch", statistics.get(1), 10, 0));
            for (int i = 0; i < 4; i++) {
                c.next(ObjectResponse.class);
            }

            acme.project().database().apply(records.after(5).add(new ConnectionDisconnected("call_1", 1, "hangup"))
                    .take());
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                order.add(c.next(ObjectResponse.class).systemId());
            }
            assertThat(order).containsExactly(10, 11, 12, 13);
            c.assertNothingPending();
        }
    }

    @Test
    void anAgentsTerminateEndsItsRunningTasksAfterItsEventOnePushEach() throws Exception {
        acme.project().database().apply(records.agentLogsIn("user_a", "ann", "Ann", 1, "Agent").after(5)
                .add(new UserTaskCreate("user_a", 1, 1, "queue", "SALES", "#36B37E", 1, 0)).after(5)
                .add(new UserTaskCreate("user_a", 2, 2, "queue", "SALES", "#36B37E", 1, 0)).take());
        int agentId = acme.project().database().read(db -> db.root().list("sessions").first().id());
        try (ExplorerTestClient c = ExplorerTestClient.loggedIn(acme.project().port())) {
            c.send(new SetObjectFormat(1, AGENT));
            c.send(new QueryObject(1, 10, "/dispatch", agentId, 4, 0));
            assertThat(values(c.next(ObjectResponse.class))).containsEntry(1, u32(2));

            acme.project().database().apply(records.after(60).add(new SessionTerminate("user_a")).take());
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(1, u32(1)));
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(1, u32(0)));
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(2, new FieldValue.Str("")));
            c.assertNothingPending();
        }
        // object ids: the "terminated" event first, then each task's item statistics, then the user's counters
        List<Integer> ids = acme.project().database().read(db -> {
            var session = db.root().list("sessions").first();
            List<Integer> out = new ArrayList<>();
            out.add(session.list("events").last().id());
            for (var task : session.list("user_tasks").items()) {
                assertThat(task.bool("running")).isFalse();
                out.add(task.list("item_statistics").first().id());
            }
            return out;
        });
        assertThat(ids).hasSize(3).isSorted();
        String lastEvent = acme.project().database().read(db ->
                db.root().list("sessions").first().list("events").last().string("name"));
        assertThat(lastEvent).isEqualTo("terminated");
    }
}
