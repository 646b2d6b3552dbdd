package io.cccpexplorer.simulator.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.rlog.ccxml.Alive;
import io.cccpexplorer.protocol.rlog.ccxml.UserStillInState;
import io.cccpexplorer.simulator.TestRecords;
import io.cccpexplorer.simulator.db.DatabaseChange;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordApplierTest {

    private final DispatchDatabase db = new DispatchDatabase();
    private final RecordApplier applier = new RecordApplier(db, "ACME");
    private final TestRecords records = new TestRecords();

    private DbObject session(String id) {
        return db.root().list("sessions").items().stream()
                .filter(s -> s.string("session_id").equals(id)).findFirst().orElse(null);
    }

    @Test
    void agentLoginBuildsUserGroupAndUserSession() {
        applier.applyAll(records.agentLogsIn("user_1@1.1.Ccxml.h", "jdoe", "Jane Doe", 41, "Agent").take());

        DbObject s = session("user_1@1.1.Ccxml.h");
        assertThat(s.classDef().name()).isEqualTo("ccenter_dispatch_db_user_session");
        assertThat(s.u32("session_type")).isEqualTo(3);
        assertThat(s.bool("logged")).isTrue();
        assertThat(s.string("profile_name")).isEqualTo("Agent");
        assertThat(s.date("login_date").isNil()).isFalse();
        assertThat(s.date("terminate_date").isNil()).isTrue();
        DbObject user = s.ref("user");
        assertThat(user.string("login")).isEqualTo("jdoe");
        assertThat(user.string("name")).isEqualTo("Jane Doe");
        assertThat(user.u32("logged_count")).isEqualTo(1);
        assertThat(user.ref("group").string("path")).isEqualTo("/default");
        assertThat(user.ref("group").u32("logged_users_count")).as("not derived from ccxml records").isZero();
        assertThat(s.string("project_name")).isEqualTo("ACME");
        assertThat(user.list("sessions").last().ref("session")).isSameAs(s);
        assertThat(s.list("states").last().string("display_name")).isEqualTo("Disponible");
        assertThat(user.string("last_state_display_name")).isEqualTo("Disponible");
    }

    @Test
    void stateChangeClosesThePreviousState() {
        applier.applyAll(records.agentLogsIn("user_1", "jdoe", "Jane Doe", 41, "Agent").after(30)
                .agentState("user_1", 2, "pause", "Pause").take());

        var states = session("user_1").list("states");
        assertThat(states.size()).isEqualTo(2);
        assertThat(states.first().date("end_date")).isEqualTo(states.last().date("start_date"));
        assertThat(states.last().date("end_date").isNil()).isTrue();
    }

    @Test
    void aSessionKeepsEveryStateOfALongDayUpToItsBound() {
        // observed: the dispatch kept all 111 states of an 8-hour session (we kept the last 100 until then)
        records.agentLogsIn("user_1", "jdoe", "Jane Doe", 41, "Agent");
        for (int i = 0; i < 150; i++) {
            records.after(60).agentState("user_1", 2 + i % 2, i % 2 == 0 ? "pause" : "available", "State " + i);
        }
        applier.applyAll(records.take());

        assertThat(session("user_1").list("states").size()).isEqualTo(151);
        assertThat(session("user_1").ref("user").list("states").size()).isEqualTo(151);
    }

    @Test
    void stillInStateCreatesNoStateWhenTheSessionHasNone() {
        applier.applyAll(records.agentLogsIn("user_1", "jdoe", "Jane Doe", 41, "Agent").take());
        applier.applyAll(records.add(new UserStillInState("user_1", 1, "available", "Disponible", "", "",
                0, "ready", "#0f0"))
                .add(new UserStillInState("user_1", 5, "lunch", "Repas", "", "", 0, "pause", "#f00")).take());
        assertThat(session("user_1").list("states").items()).extracting(o -> o.string("name"))
                .containsExactly("available", "lunch");

        applier.applyAll(records.add(new io.cccpexplorer.protocol.rlog.ccxml.SessionCreate("user_2", 3, false, "", ""))
                .add(new UserStillInState("user_2", 5, "lunch", "Repas", "", "", 0, "pause", "#f00")).take());
        assertThat(session("user_2").list("states").isEmpty()).isTrue();
    }

    @Test
    void logoutTerminatesTheSessionAndUpdatesCounters() {
        applier.applyAll(records.agentLogsIn("user_1", "jdoe", "Jane Doe", 41, "Agent").after(60)
                .agentLogsOut("user_1", 41).take());

        DbObject s = session("user_1");
        assertThat(s.bool("logged")).isFalse();
        assertThat(s.date("terminate_date").isNil()).isFalse();
        assertThat(s.ref("user").u32("logged_count")).isZero();
    }

    @Test
    void callFlowMovesQueueCounters() {
        applier.applyAll(records.agentLogsIn("user_1", "jdoe", "Jane Doe", 41, "Agent")
                .callArrives("session_9", "0199000001", "0199000999").callQueued("session_9", "t1", "SALES").take());

        DbObject queue = db.root().list("queues").first();
        assertThat(queue.string("name")).isEqualTo("ACME__SALES");
        assertThat(queue.string("display_name")).isEqualTo("SALES");
        assertThat(queue.u32("waiting_tasks_count")).isEqualTo(1);
        assertThat(queue.u32("running_tasks_count")).isEqualTo(1);
        assertThat(queue.date("oldest_waiting_date").isNil()).isFalse();
        DbObject fileTask = db.root().list("file_tasks").first();
        assertThat(fileTask.ref("session")).isSameAs(session("session_9"));
        assertThat(session("session_9").list("connections").last().string("remote_address"))
                .isEqualTo("sip:0199000001@192.0.2.1");
        assertThat(session("session_9").list("connections").last().bool("incoming")).isTrue();

        applier.applyAll(records.after(20).callAnswered("session_9", "t1", "user_1").take());
        assertThat(queue.u32("waiting_tasks_count")).isZero();
        assertThat(queue.u32("contact_tasks_count")).isEqualTo(1);
        assertThat(queue.date("oldest_waiting_date").isNil()).isTrue();
        assertThat(db.root().list("tasks").first().ref("manager_session")).isSameAs(session("user_1"));
        assertThat(fileTask.u32("waiting_duration")).isEqualTo(20);

        applier.applyAll(records.after(100).callEnds("session_9", "t1").take());
        assertThat(queue.u32("contact_tasks_count")).isZero();
        assertThat(queue.u32("running_tasks_count")).isZero();
        assertThat(fileTask.date("terminate_date").isNil()).isFalse();
        assertThat(session("session_9").date("terminate_date").isNil()).isFalse();
    }

    @Test
    void deletedSessionsStayListedForTheRetentionThenGoWithTheirTasks() {
        applier.applyAll(records.callArrives("session_9", "0199000001", "0199000999")
                .callQueued("session_9", "t1", "SALES").callEnds("session_9", "t1").take());
        DbObject s = session("session_9");
        int eventId = s.list("events").first().id();
        List<DatabaseChange> seen = new ArrayList<>();
        db.addListener(seen::addAll);

        applier.applyAll(records.callDeleted("session_9").take());
        assertThat(session("session_9")).as("still listed, like the vendor").isSameAs(s);
        assertThat(s.date("delete_date").isNil()).isFalse();

        applier.applyAll(records.after(3600).add(new Alive()).take());

        assertThat(session("session_9")).isNull();
        assertThat(s.isDeleted()).isTrue();
        assertThat(db.find(s.id())).isNull();
        assertThat(db.find(eventId)).as("objects owned by the session go with it").isNull();
        assertThat(db.root().list("file_tasks").isEmpty()).isTrue();
        assertThat(db.root().list("tasks").isEmpty()).isTrue();
        assertThat(seen).anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(DatabaseChange.ItemRemoved.class,
                r -> assertThat(r.item()).isSameAs(s)));
    }

    @Test
    void recordsAboutUnknownSessionsChangeNothing() {
        applier.applyAll(records.callEnds("nobody", "t1").agentState("nobody", 2, "pause", "Pause").take());

        assertThat(db.root().list("sessions").isEmpty()).isTrue();
        assertThat(applier.appliedCount()).isEqualTo(3);
    }
}
