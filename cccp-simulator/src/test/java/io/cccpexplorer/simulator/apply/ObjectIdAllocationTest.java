package io.cccpexplorer.simulator.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.rlog.ccxml.ConnectionConnected;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionDisconnected;
import io.cccpexplorer.protocol.rlog.ccxml.DialogEnterItem;
import io.cccpexplorer.protocol.rlog.ccxml.LoginOk;
import io.cccpexplorer.protocol.rlog.ccxml.SessionAddStatistic;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.SessionSemanticError;
import io.cccpexplorer.protocol.rlog.ccxml.UserState;
import io.cccpexplorer.protocol.rlog.ccxml.UserStillInState;
import io.cccpexplorer.protocol.rlog.ccxml.UserStillLogged;
import io.cccpexplorer.simulator.TestRecords;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dispatch numbers objects in creation order, one counter for the whole database, and clients keep those
 * numbers between queries ({@code -object ID}). These are the creation orders observed on the vendor's
 * dispatch replaying ccxml logs (every object id of two sample days identical, see the simulator README),
 * re-encoded here with synthesized records: each test lists the objects by id as "class name".
 */
class ObjectIdAllocationTest {

    private final DispatchDatabase db = new DispatchDatabase();
    private final RecordApplier applier = new RecordApplier(db, "ACME");
    private final TestRecords records = new TestRecords();

    private List<String> objectsById() {
        List<String> out = new ArrayList<>();
        for (int id = 1; id < 1_000; id++) {
            DbObject o = db.find(id);
            if (o != null) {
                String name = o.classDef().field("name") != null && !o.classDef().isA("ccenter_dispatch_db_user")
                        ? " " + o.string("name") : "";
                out.add(id + " " + o.classDef().name().replace("ccenter_dispatch_db_", "") + name);
            }
        }
        return out;
    }

    private static UserStillLogged stillLogged(String sessionId, String login, String group) {
        return new UserStillLogged(sessionId, login, login, 7, "room_active", 1, "agents", 3, group, "",
                "/" + group, "", 1);
    }

    @Test
    void aSessionAlreadyLoggedWhenTheDayStartsComesAfterItsUserAndGroup() {
        applier.applyAll(records
                .add(stillLogged("user_1", "ann", "default"))
                .add(new UserStillInState("user_1", 5, "ready", "Ready", "", "", 0, "ready", ""))   // creates nothing
                .add(stillLogged("user_2", "bob", "default")).take());

        assertThat(objectsById()).containsExactly(
                "1 user", "2 group", "3 user_session", "4 consistent_db_duration_statistics logged",
                "5 user_session_reference",
                "6 user", "7 user_session", "8 consistent_db_duration_statistics logged", "9 user_session_reference");
    }

    @Test
    void aStateCreatesItsStatisticsBeforeTheStateItself() {
        applier.applyAll(records
                .add(new SessionCreate("user_1", 3, false, "", ""))
                .add(new LoginOk("user_1", "ann", "Ann", 7, "room_active", 1, "agents", 3, "default", "", "/default",
                        "", 1))
                .add(new UserState("user_1", 5, "ready", "Ready", "free", "", 0, "inbound", "", 0)).take());

        assertThat(objectsById()).containsExactly(
                "1 user_session", "2 user", "3 group", "4 consistent_db_duration_statistics logged",
                "5 user_session_reference",
                "6 item_statistics state_ready", "7 consistent_db_duration_statistics state_ready",
                "8 consistent_db_duration_statistics state_ready_idle",
                "9 item_statistics state_group_inbound", "10 consistent_db_duration_statistics state_group_inbound",
                "11 consistent_db_duration_statistics state_group_inbound_idle",
                "12 user_state ready", "13 user_state_reference");
        DbObject user = db.find(2);
        DbObject logged = user.list("duration_statistics").first();
        assertThat(logged.u32("current")).isEqualTo(1);
        assertThat((Double) logged.get("origin"))
                .isEqualTo(TestRecords.START.getEpochSecond() + TestRecords.START.getNano() / 1e9);
        assertThat(db.find(6).u32("count")).isEqualTo(1);
    }

    @Test
    void aCallNumbersItsEventsBeforeItsStatisticsAndItemsAndCountsConnectionsAtConnect() {
        String call = "session_1";
        applier.applyAll(records
                .add(new SessionCreate(call, 1, false, "", ""))
                .add(new ConnectionCreate(call, 1, "call_1", "", "sip:0100000001@192.0.2.1", "", "", "", "", 0,
                        false, true, "GATE"))
                .add(new SessionAddStatistic(call, "svi", "1"))
                .add(new SessionAddStatistic(call, "svi", "0"))
                .add(new ConnectionConnected(call, 1))
                .add(new DialogEnterItem(call, "dialog_1", "form_main", "menu", 0, 0, false))
                .add(new DialogEnterItem(call, "dialog_1", "form_main", "", 1, 0, false))
                .add(new SessionSemanticError(call, call, "var", "expr", "nothing", "Bad value"))
                .add(new ConnectionDisconnected(call, 1, "Bye received")).take());

        assertThat(objectsById()).containsExactly(
                "1 call_session", "2 connection",
                "3 event statistic", "4 statistic svi", "5 event statistic",
                "6 consistent_db_array_statistic_uint_32_max incomings",
                "7 consistent_db_array_statistic_uint_32_max incoming_GATE",
                "8 event enter dialog", "9 item", "10 event enter dialog", "11 item",
                "12 event semantic of var.expr : nothing",
                "13 item");
        DbObject session = db.find(1);
        DbObject dialogItem = db.find(9);
        assertThat(dialogItem.date("end_date")).isEqualTo(dialogItem.date("start_date"));
        assertThat(dialogItem.string("result_name")).isEqualTo("dialog");
        assertThat(db.find(11).string("item")).isEmpty();
        DbObject disconnected = db.find(13);
        assertThat(disconnected.string("form")).isEqualTo("disconnected");
        assertThat(disconnected.string("result_name")).isEqualTo("connection");
        assertThat(disconnected.string("source")).isEqualTo(call);
        assertThat(session.ref("disconnected_item")).as("the item the caller was in").isSameAs(db.find(11));
        assertThat(session.ref("best")).isSameAs(disconnected);
        assertThat(session.string("current_item")).as("the last item reached").isEqualTo("disconnected");
        assertThat(session.date("current_item_date")).isEqualTo(disconnected.date("start_date"));
        assertThat(session.list("items").size()).isEqualTo(3);
        assertThat(db.find(12).string("string_data")).isEqualTo("Bad value");
        assertThat(db.find(6).u32("current")).as("connected connections, back to 0 at disconnect").isZero();
    }

    @Test
    void aSecondDisconnectWithinASecondKeepsTheDateOfTheFirstAsCurrentAndBestItemDate() {
        String call = "session_1";
        applier.applyAll(records.add(new SessionCreate(call, 1, false, "", ""))
                .add(new ConnectionCreate(call, 1, "call_1", "", "", "", "", "", "", 0, false, true, "GATE"))
                .add(new ConnectionCreate(call, 2, "call_2", "", "", "", "", "", "", 0, false, false, "OUT"))
                .add(new ConnectionConnected(call, 2))
                .add(new ConnectionDisconnected(call, 1, "Bye received")).afterMillis(4)
                .add(new io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate(call)).afterMillis(50)
                .add(new ConnectionDisconnected(call, 2, "Bye accepted")).take());

        DbObject session = db.find(1);
        DbObject first = session.list("items").first();
        assertThat(session.list("items").size()).isEqualTo(2);
        assertThat(session.ref("best")).isSameAs(session.list("items").last());
        assertThat(session.date("current_item_date")).isEqualTo(first.date("start_date"));
        assertThat(session.date("best_item_date")).isEqualTo(first.date("start_date"));
        assertThat(session.list("connections").last().date("disconnected_date"))
                .as("disconnected by the terminate, not by the later record")
                .isEqualTo(session.date("terminate_date"));
    }

    @Test
    void lastTaskLookOfUsersAndSessionsAndTheEntryPointsDisplayName() {
        applier.applyAll(records.add(stillLogged("user_1", "ann", "default"))
                .add(new SessionCreate("session_1", 1, false, "", ""))
                .add(new io.cccpexplorer.protocol.rlog.ccxml.SessionSetEntryPoint("session_1", "GATE", "")).take());
        DbObject user = db.find(1);
        DbObject session = db.find(3);
        assertThat(user.string("last_task_display_color")).isEqualTo("#000000");
        assertThat(user.u32("last_task_display_order")).isEqualTo(1_000_000);
        assertThat(session.string("last_task_display_color")).as("a live session keeps none").isEmpty();
        assertThat(db.find(6).string("entry_point_display_name")).isEqualTo("GATE");

        applier.applyAll(records.add(new UserState("user_1", 5, "ready", "Ready", "free", "#EEEEEE", 11, "inbound",
                "", 0)).after(60).add(new io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate("user_1")).take());
        assertThat(user.string("last_task_display_name")).isEqualTo("free");
        assertThat(user.u32("last_task_display_order")).isEqualTo(11);
        assertThat(session.date("idle_date").isNil()).isFalse();
        assertThat(session.string("last_task_display_color")).isEqualTo("#000000");
        assertThat(session.u32("last_task_display_order")).isEqualTo(1_000_000);
        assertThat(session.date("logout_date")).isEqualTo(session.date("terminate_date"));
        assertThat(user.list("duration_statistics").first().u32("current")).as("logged stopped").isZero();

        applier.applyAll(records.add(stillLogged("user_2", "bob", "default"))
                .add(new io.cccpexplorer.protocol.rlog.ccxml.Logout("user_2", 7))
                .add(new io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate("user_2")).take());
        DbObject loggedOut = db.root().list("sessions").last();
        assertThat(loggedOut.string("last_task_display_color")).as("also after a logout").isEqualTo("#000000");
    }
}
