package io.cccpexplorer.simulator.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.rlog.ccxml.ConnectionConnected;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionDisconnected;
import io.cccpexplorer.protocol.rlog.ccxml.DialogCreate;
import io.cccpexplorer.protocol.rlog.ccxml.DialogEnterItem;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.SessionDelete;
import io.cccpexplorer.protocol.rlog.ccxml.SessionEnterItem;
import io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.TestRecords;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A session's current and best item and its item statistics, as the vendor's dispatch 2.10.0.12 answered for the
 * same records written by our rlog writer (protocol-spec §9.3): every kind of item becomes the current item, its
 * date moves only one second or more after the held one, the best is the latest of the highest rank, and an item
 * with compute_duration is timed until the next such item or the terminate.
 */
class SessionItemsTest {

    private static final String CALL = "session_1";

    private final DispatchDatabase db = new DispatchDatabase();
    private final TestRecords r = new TestRecords();
    private final RecordApplier applier = new RecordApplier(db, TestRecords.PROJECT, RecordApplier.KEEP_DELETED);

    private DbObject call() {
        return db.root().list("sessions").first();
    }

    private void apply() {
        applier.applyAll(r.take());
    }

    private TestRecords callInMenu(int connections) {
        r.add(new SessionCreate(CALL, 1, false, "", ""));
        for (int c = 1; c <= connections; c++) {
            r.add(new ConnectionCreate(CALL, c, "call_" + c, "", "sip:100@192.0.2.1", "sip:100@192.0.2.1", "",
                    "sip:200@192.0.2.1", "", 0, false, true, "GATE")).add(new ConnectionConnected(CALL, c));
        }
        return r.add(new DialogCreate(CALL, "dialog_1", "vxml", "menu.vxml"));
    }

    private static DialogEnterItem menu(String form, String item, int rank) {
        return new DialogEnterItem(CALL, "dialog_1", form, item, 0, rank, false);
    }

    private static DialogEnterItem timed(String form, String item) {
        return new DialogEnterItem(CALL, "dialog_1", form, item, 0, 0, true);
    }

    private CccpDate at(Instant instant) {
        return DispatchTime.stored(TestRecords.date(instant));
    }

    @Test
    void aCallInItsVoiceMenuShowsItsLastMenuItem() {
        callInMenu(1).after(1).add(menu("form_welcome", "item_1", 0)).after(2);
        Instant second = r.now();
        r.add(menu("form_menu", "item_2", 0)).after(2).add(menu("form_menu", "", 0));
        Instant third = r.now();
        apply();

        assertThat(call().string("current_item")).isEqualTo("form_menu");   // an empty item: the form alone
        assertThat(call().date("current_item_date")).isEqualTo(at(third));
        assertThat(call().string("best_item")).isEqualTo("form_menu");
        assertThat(call().ref("best")).isSameAs(call().list("items").last());
        assertThat(second).isBefore(third);
    }

    @Test
    void theDatesMoveOnlyOneSecondOrMoreAfterTheHeldOne() {
        callInMenu(1).after(1).afterMillis(500).add(menu("f", "i1", 0));
        Instant first = r.now();
        r.afterMillis(700).add(menu("f", "i2", 0));
        apply();
        assertThat(call().string("current_item")).isEqualTo("f.i2");
        assertThat(call().date("current_item_date")).as("0.7 s later: the name moves, the date stays")
                .isEqualTo(at(first));
        assertThat(call().date("best_item_date")).isEqualTo(at(first));

        r.afterMillis(300).add(menu("f", "i3", 0));   // exactly 1 s after the held date
        Instant exact = r.now();
        apply();
        assertThat(call().date("current_item_date")).isEqualTo(at(exact));
        assertThat(call().date("best_item_date")).isEqualTo(at(exact));
    }

    @Test
    void aDisconnectJustAfterAMenuItemRenamesButKeepsTheMenuItemsDate() {
        callInMenu(2).after(1).add(menu("f", "i1", 0));
        Instant menu = r.now();
        r.afterMillis(3).add(new ConnectionDisconnected(CALL, 1, "hangup")).afterMillis(3)
                .add(menu("form_on_disconnect", "i1", 0)).afterMillis(3).add(new SessionTerminate(CALL))
                .add(new SessionDelete(CALL)).afterMillis(40).add(new ConnectionDisconnected(CALL, 2, "hangup"));
        apply();

        assertThat(call().string("current_item")).isEqualTo("disconnected");
        assertThat(call().date("current_item_date")).isEqualTo(at(menu));
        assertThat(call().ref("best")).isSameAs(call().list("items").last());
        assertThat(call().string("best_item")).isEqualTo("disconnected");
        assertThat(call().date("best_item_date")).isEqualTo(at(menu));
    }

    @Test
    void theBestItemIsTheLatestOfTheHighestRank() {
        callInMenu(1).after(1).add(menu("f", "i1", 5)).after(2).add(menu("f", "i2", 2)).after(2)
                .add(menu("f", "i3", 5)).after(2).add(menu("f", "i4", 0));
        apply();

        assertThat(call().string("current_item")).isEqualTo("f.i4");
        assertThat(call().string("best_item")).isEqualTo("f.i3");
        assertThat(call().u32("best_item_rank")).isEqualTo(5);
        assertThat(call().ref("best").string("item")).isEqualTo("i3");
    }

    @Test
    void aSessionItemIsNamedAfterItsNameAndItemWithAHistoryEvent() {
        callInMenu(1).after(1).add(new SessionEnterItem(CALL, "welcome", 3, false, "w", "ok", "result"))
                .after(2).add(menu("f", "i1", 0));
        apply();

        DbObject history = call().list("events").get(1);
        assertThat(history.string("name")).isEqualTo("history");
        assertThat(history.string("string_data")).isEqualTo("welcome.w");
        assertThat(history.string("source")).isEqualTo(CALL);
        DbObject item = call().list("items").first();
        assertThat(item.id()).isEqualTo(history.id() + 1);
        assertThat(item.string("source")).isEqualTo(CALL);
        assertThat(item.string("form")).isEqualTo("welcome");
        assertThat(item.string("item")).isEqualTo("w");
        assertThat(call().string("current_item")).isEqualTo("f.i1");
        assertThat(call().string("best_item")).isEqualTo("welcome.w");
    }

    @Test
    void aTimedItemIsCountedAndTimedUntilTheNextTimedItemOrTheTerminate() {
        callInMenu(1).after(1).afterMillis(700).add(timed("f", "i1"))       // .7 → 2.3: 2 whole seconds
                .afterMillis(1600).add(timed("f", ""))                       // 2.3 → 6.4 (not ended by i1 untimed)
                .afterMillis(2600).add(menu("f", "i1", 0))
                .afterMillis(1500).add(timed("f", "i1"))                     // 6.4 → 14.4 (not ended by a disconnect)
                .after(3).add(new ConnectionDisconnected(CALL, 1, "hangup"))
                .after(5).add(new SessionEnterItem(CALL, "s", 0, true, "t", "", ""))   // 14.4 → 15.4 (terminate)
                .after(1).add(new SessionTerminate(CALL));
        apply();

        List<String> statistics = new ArrayList<>();
        for (DbObject o : call().list("item_statistics").items()) {
            statistics.add(o.string("name") + " " + o.u32("count") + " " + o.get("duration"));
        }
        assertThat(statistics).containsExactly("f.i1 2 10.0", "f 3 14.0", "i1 2 10.0", "s.t 1 1.0", "s 1 1.0",
                "t 1 1.0");
        List<DbObject> items = call().list("items").items();
        assertThat(items.get(0).date("end_date")).isEqualTo(items.get(1).date("start_date"));
        assertThat(items.get(1).date("end_date")).isEqualTo(items.get(3).date("start_date"));
        assertThat(items.get(2).date("end_date")).as("an untimed item ends when it starts")
                .isEqualTo(items.get(2).date("start_date"));
        assertThat(items.get(3).date("end_date")).isEqualTo(items.get(5).date("start_date"));
        assertThat(items.get(5).date("end_date")).isEqualTo(call().date("terminate_date"));
        // the statistics of a timed item come right after it (object ids)
        assertThat(call().list("item_statistics").first().id()).isEqualTo(items.get(0).id() + 1);
    }
}
