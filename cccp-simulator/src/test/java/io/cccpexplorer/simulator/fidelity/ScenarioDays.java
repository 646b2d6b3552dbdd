package io.cccpexplorer.simulator.fidelity;

import io.cccpexplorer.protocol.rlog.LogSource;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.RlogRecorder;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionConnected;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionDisconnected;
import io.cccpexplorer.protocol.rlog.ccxml.DialogCreate;
import io.cccpexplorer.protocol.rlog.ccxml.DialogEnterItem;
import io.cccpexplorer.protocol.rlog.ccxml.LoginOk;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.SessionDelete;
import io.cccpexplorer.protocol.rlog.ccxml.SessionEnterItem;
import io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate;
import io.cccpexplorer.protocol.rlog.ccxml.TaskAlerting;
import io.cccpexplorer.protocol.rlog.ccxml.TaskFailed;
import io.cccpexplorer.protocol.rlog.ccxml.TaskLocked;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManagementEffective;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManagementFailed;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManaging;
import io.cccpexplorer.protocol.rlog.ccxml.TaskNotManageable;
import io.cccpexplorer.protocol.rlog.ccxml.TaskPostManaging;
import io.cccpexplorer.protocol.rlog.ccxml.TaskResult;
import io.cccpexplorer.protocol.rlog.ccxml.TaskStart;
import io.cccpexplorer.protocol.rlog.ccxml.UserState;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskCreate;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskFailed;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskLock;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskLocked;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskManage;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskManaged;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskManagementEffective;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskPostManaging;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskRedirected;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskState;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskTemporizationEnded;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskTransferDetails;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskTransferred;
import io.cccpexplorer.simulator.TestRecords;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Days of invented records, written with our rlog writer, that exercise what the traffic generator does not write:
 * {@code items} (calls in a voice menu, items milliseconds to seconds apart, ranks, session items, timed items,
 * disconnects around the terminate and delete) and {@code tasks} (a management failure, a redirect with a lock, a
 * transfer with its details, the end of a wrap-up time, a task that cannot be managed). {@code differential.sh
 * SCENARIO=items|tasks} replays them in the vendor's dispatch and in our simulator (day 2026-02-08).
 *
 * <p>Usage: {@code ScenarioDays LOGGER_DIR items|tasks}.
 */
public final class ScenarioDays {

    private final TestRecords r = new TestRecords();

    private ScenarioDays() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("items", "tasks").contains(args[1])) {
            System.err.println("usage: ScenarioDays LOGGER_DIR items|tasks");
            System.exit(2);
        }
        ScenarioDays days = new ScenarioDays();
        List<RlogEntry> day = args[1].equals("items") ? days.items() : days.tasks();
        try (RlogRecorder recorder = new RlogRecorder(Path.of(args[0]),
                LogSource.ccxml(TestRecords.PROJECT, "host1"))) {
            for (RlogEntry e : day) {
                recorder.record(e);
            }
        }
    }

    private void call(String s, int connections) {
        r.add(new SessionCreate(s, 1, false, "", ""));
        for (int c = 1; c <= connections; c++) {
            r.add(new ConnectionCreate(s, c, "call_" + c + "_" + s, "", "sip:100@192.0.2.1", "sip:100@192.0.2.1", "",
                    "sip:200@192.0.2.1", "", 0, false, c == 1, "GATE")).afterMillis(100)
                    .add(new ConnectionConnected(s, c));
        }
        r.add(new DialogCreate(s, "d1", "vxml", "menu.vxml"));
    }

    private void item(String s, String form, String item, int rank, boolean timed) {
        r.add(new DialogEnterItem(s, "d1", form, item, 0, rank, timed));
    }

    private List<RlogEntry> items() {
        call("c1", 1);
        r.after(1).afterMillis(400);
        item("c1", "form_menu", "item_1", 0, false);
        r.afterMillis(700);
        item("c1", "form_menu", "item_2", 0, false);
        r.afterMillis(700);
        item("c1", "form_menu", "item_3", 0, false);                      // 1.4 s after the held date: moves
        r.after(3);
        call("c2", 1);
        r.after(1);
        item("c2", "f", "i1", 5, false);
        r.after(2);
        item("c2", "f", "i2", 2, false);
        r.after(2);
        item("c2", "f", "i3", 5, false);
        r.after(1);
        item("c2", "f", "i4", 0, false);                                  // best: i3
        r.after(3);
        call("c3", 2);
        r.after(1);
        item("c3", "f", "i1", 0, false);
        r.afterMillis(3).add(new ConnectionDisconnected("c3", 1, "hangup")).afterMillis(3);
        item("c3", "form_on_disconnect", "i1", 0, false);
        r.afterMillis(3).add(new SessionTerminate("c3")).add(new SessionDelete("c3")).afterMillis(50)
                .add(new ConnectionDisconnected("c3", 2, "hangup"));
        r.after(3);
        call("c4", 1);
        r.after(1).add(new SessionEnterItem("c4", "welcome", 3, false, "w", "ok", "result")).after(2);
        item("c4", "f", "", 0, false);
        r.after(2).add(new SessionEnterItem("c4", "welcome", 0, false, "", "ok", "result")).after(2)
                .add(new SessionEnterItem("c4", "welcome", 0, false, "", "ok", "result"));
        r.after(3);
        call("c5", 1);
        r.after(1).afterMillis(700);
        item("c5", "f", "i1", 0, true);
        r.afterMillis(1600);
        item("c5", "f", "", 0, true);
        r.afterMillis(2600);
        item("c5", "f", "i1", 0, false);
        r.afterMillis(1500);
        item("c5", "f", "i1", 0, true);
        r.after(3).add(new ConnectionDisconnected("c5", 1, "hangup")).after(5)
                .add(new SessionEnterItem("c5", "s", 0, true, "t", "", "")).after(1).add(new SessionTerminate("c5"));
        r.after(3);
        call("c6", 1);                                                    // still in its menu at the end of the day
        r.after(1);
        item("c6", "form_menu", "item_2", 0, false);
        return r.take();
    }

    private List<RlogEntry> tasks() {
        String queue = TestRecords.PROJECT + "__SALES";
        String ann = "ann@x";
        String bob = "bob@x";
        r.add(new SessionCreate("a1", 3, false, "", ""))
                .add(new LoginOk("a1", "ann", "Ann", 7, "agent", 1, "agents", 3, "default", "", "/default", "", 1))
                .add(new UserState("a1", 5, "available", "Available", "free", "#EEEEEE", 11, "inbound", "", 0))
                .add(new SessionCreate("a2", 3, false, "", ""))
                .add(new LoginOk("a2", "bob", "Bob", 8, "agent", 1, "agents", 3, "default", "", "/default", "", 1))
                .add(new UserState("a2", 5, "available", "Available", "free", "#EEEEEE", 11, "inbound", "", 0));
        String[] reasons = {"managed", "transferred", "abandoned", "", "redirected", "failed"};
        for (int k = 1; k <= reasons.length; k++) {
            String c = "t" + k;
            String t = "task_" + k;
            r.after(10).add(new SessionCreate(c, 1, false, "", ""))
                    .add(new TaskStart(c, t, "call_" + k, "queue", queue, "SALES", TestRecords.date(r.now()), 1.0, 0,
                            null, ""))
                    .after(2).add(new TaskAlerting(c, t, "a1", ann))
                    .add(new UserTaskCreate("a1", k, k, queue, "SALES", "#36B37E", 1, 0))
                    .add(new UserTaskState("a1", k, 1, "alerting", "Ringing", "#FFAB00", 1, 0));
            switch (k) {
                case 2 -> r.afterMillis(1500).add(new TaskManaging(c, t, "a1", ann)).add(new UserTaskManage("a1", k))
                        .afterMillis(1500).add(new TaskManagementEffective(c, t, "a1", ann))
                        .add(new UserTaskManagementEffective("a1", k))
                        .add(new UserTaskState("a1", k, 2, "managing", "Talking", "#FF5630", 2, 0))
                        .after(5).add(new UserTaskTransferred("a1", k, "task_9", "a2", bob))
                        .add(new TaskResult(c, t, reasons[k - 1], null))
                        .afterMillis(500).add(new UserTaskCreate("a2", 100, 9, queue, "SALES", "#36B37E", 1, 0))
                        .add(new UserTaskTransferDetails("a2", 100, "SALES", c, "obj_1", t, queue,
                                TestRecords.date(r.now()), 2.0, 3, null))
                        .add(new UserTaskState("a2", 100, 2, "managing", "Talking", "#FF5630", 2, 0))
                        .after(4).add(new UserTaskManaged("a2", 100, "managed", null))
                        .add(new UserTaskManaged("a1", k, "transferred", null));
                case 3 -> r.after(4).add(new UserTaskFailed("a1", k, "no answer"))
                        .add(new TaskManagementFailed(c, t, "a1", ann, "no answer"))
                        .after(3).add(new TaskFailed(c, t, "caller hung up"));
                case 5 -> r.after(3).add(new UserTaskRedirected("a1", k)).add(new UserTaskFailed("a1", k, "redirected"))
                        .add(new TaskManagementFailed(c, t, "a1", ann, "redirected"))
                        .after(2).add(new TaskAlerting(c, t, "a2", bob))
                        .add(new UserTaskCreate("a2", 101, k, queue, "SALES", "#36B37E", 1, 0))
                        .add(new UserTaskLock("a2", 101))
                        .add(new UserTaskLocked("a2", 101, c, "obj_5", t, queue, TestRecords.date(r.now()), 1.0, 0,
                                null))
                        .add(new TaskLocked(c, t, "a2", bob))
                        .add(new UserTaskState("a2", 101, 1, "alerting", "Ringing", "#FFAB00", 1, 0))
                        .after(2).add(new TaskManaging(c, t, "a2", bob))
                        .add(new TaskManagementEffective(c, t, "a2", bob))
                        .add(new UserTaskState("a2", 101, 2, "managing", "Talking", "#FF5630", 2, 0))
                        .after(3).add(new TaskResult(c, t, "managed", null))
                        .add(new UserTaskManaged("a2", 101, "managed", null))
                        .add(new UserTaskTemporizationEnded("a2", 101));
                case 6 -> r.after(1).add(new TaskNotManageable(c, t)).add(new UserTaskFailed("a1", k, "gone"))
                        .after(1).add(new TaskFailed(c, t, "overflow"));
                default -> r.afterMillis(1500).add(new TaskManaging(c, t, "a1", ann)).add(new UserTaskManage("a1", k))
                        .afterMillis(1500).add(new TaskManagementEffective(c, t, "a1", ann))
                        .add(new UserTaskManagementEffective("a1", k))
                        .add(new UserTaskState("a1", k, 2, "managing", "Talking", "#FF5630", 2, 0))
                        .after(5).add(new TaskPostManaging(c, t, "a1", ann)).add(new UserTaskPostManaging("a1", k))
                        .add(new UserTaskState("a1", k, 3, "post_managing", "Wrap-up", "#4C9AFF", 3, 0))
                        .add(new TaskResult(c, t, reasons[k - 1], null))
                        .after(2).add(new UserTaskManaged("a1", k, reasons[k - 1], null));
            }
            r.after(1).add(new SessionTerminate(c));
        }
        offers(queue);
        return r.take();
    }

    /**
     * Which of an offer's records (create, lock, locked, ringing state, tens of milliseconds apart) move an agent's
     * {@code last_task_event_date}: for an agent idle for a while (a3) and for one offered a call 0.1 s after its last
     * task's wrap-up ended and it became available again (a4). Both still ring at the end of the day.
     */
    private void offers(String queue) {
        String cid = "carl@x";
        String dan = "dan@x";
        r.after(5).add(new SessionCreate("a3", 3, false, "", ""))
                .add(new LoginOk("a3", "carl", "Carl", 9, "agent", 1, "agents", 3, "default", "", "/default", "", 1))
                .add(new UserState("a3", 5, "available", "Available", "free", "#EEEEEE", 11, "inbound", "", 0))
                .add(new SessionCreate("a4", 3, false, "", ""))
                .add(new LoginOk("a4", "dan", "Dan", 10, "agent", 1, "agents", 3, "default", "", "/default", "", 1))
                .add(new UserState("a4", 5, "available", "Available", "free", "#EEEEEE", 11, "inbound", "", 0));
        for (String c : new String[] {"t7", "t8", "t9"}) {
            r.add(new SessionCreate(c, 1, false, "", "")).add(new TaskStart(c, "task_" + c, "call_" + c, "queue",
                    queue, "SALES", TestRecords.date(r.now()), 1.0, 0, null, ""));
        }
        r.after(30);
        offer("t7", "a3", cid, 1, queue);
        r.after(5);
        offer("t8", "a4", dan, 1, queue);
        r.after(1).add(new TaskManaging("t8", "task_t8", "a4", dan)).add(new UserTaskManage("a4", 1))
                .add(new TaskManagementEffective("t8", "task_t8", "a4", dan))
                .add(new UserTaskManagementEffective("a4", 1))
                .add(new UserTaskState("a4", 1, 2, "managing", "Talking", "#FF5630", 2, 0))
                .after(5).add(new TaskPostManaging("t8", "task_t8", "a4", dan)).add(new UserTaskPostManaging("a4", 1))
                .add(new UserTaskState("a4", 1, 3, "post_managing", "Wrap-up", "#4C9AFF", 3, 0))
                .add(new TaskResult("t8", "task_t8", "managed", null))
                .add(new UserTaskManaged("a4", 1, "managed", null))
                .after(3).add(new UserTaskTemporizationEnded("a4", 1))
                .afterMillis(1).add(new UserState("a4", 5, "available", "Available", "free", "#EEEEEE", 11, "inbound",
                        "", 0)).afterMillis(100);
        offer("t9", "a4", dan, 2, queue);
    }

    private void offer(String call, String agent, String userId, int taskLoggerId, String queue) {
        String task = "task_" + call;
        r.add(new TaskAlerting(call, task, agent, userId))
                .add(new UserTaskCreate(agent, taskLoggerId, taskLoggerId, queue, "SALES", "#36B37E", 1, 0))
                .afterMillis(30).add(new UserTaskLock(agent, taskLoggerId))
                .afterMillis(30).add(new UserTaskLocked(agent, taskLoggerId, call, "call_" + call, task, queue,
                        TestRecords.date(r.now()), 1.0, 0, null))
                .afterMillis(30).add(new UserTaskState(agent, taskLoggerId, 1, "alerting", "Ringing", "#FFAB00", 1, 0));
    }
}
