package io.cccpexplorer.simulator.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.rlog.LogSource;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.RlogRecorder;
import io.cccpexplorer.protocol.rlog.ccxml.LoginOk;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.TaskAlerting;
import io.cccpexplorer.protocol.rlog.ccxml.TaskFailed;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManagementEffective;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManaging;
import io.cccpexplorer.protocol.rlog.ccxml.TaskPostManaging;
import io.cccpexplorer.protocol.rlog.ccxml.TaskResult;
import io.cccpexplorer.protocol.rlog.ccxml.TaskStart;
import io.cccpexplorer.protocol.rlog.ccxml.UserState;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskCreate;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskManaged;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskManagementEffective;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskState;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskTransferred;
import io.cccpexplorer.simulator.TestRecords;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import io.cccpexplorer.simulator.source.ReplayDays;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The objects the dispatch creates from a queue task's records, in the order observed on the vendor's dispatch
 * replaying a day with calls (protocol-spec §9.1): a day of synthesized records is written with our rlog writer,
 * replayed by our simulator, and its objects are listed by id as "class name".
 */
class TaskObjectIdAllocationTest {

    private static final String AGENT = "user_1";
    private static final String CALL = "session_2";
    private static final String QUEUE = "ACME__SALES";
    private static final String MANAGER = "ann@cdep://head/db/projects/ACME/Ccxml.xml";

    @TempDir
    Path logger;

    private final DispatchDatabase db = new DispatchDatabase();

    @BeforeEach
    void replayADayWithOneHandledCallAndOneFailedTask() throws Exception {
        TestRecords r = new TestRecords();
        r.add(new SessionCreate(AGENT, 3, false, "", ""))
                .add(new LoginOk(AGENT, "ann", "Ann", 7, "agent", 1, "agents", 3, "default", "", "/default", "", 1))
                .add(new UserState(AGENT, 5, "available", "Available", "free", "#EEEEEE", 11, "inbound", "", 0))
                .after(60).add(new SessionCreate(CALL, 1, false, "", ""))
                .add(new TaskStart(CALL, "task_1", "call_1", "queue", QUEUE, "SALES", TestRecords.date(r.now()), 1.0,
                        0, null, ""))
                .after(5).add(new TaskAlerting(CALL, "task_1", AGENT, MANAGER))
                .add(new UserTaskCreate(AGENT, 1, 1, QUEUE, "SALES", "#36B37E", 1, 0))
                .add(new UserTaskState(AGENT, 1, 1, "alerting", "Ringing", "#FFAB00", 1, 0))
                .after(3).add(new TaskManaging(CALL, "task_1", AGENT, MANAGER))
                .after(1).add(new TaskManagementEffective(CALL, "task_1", AGENT, MANAGER))
                .add(new UserTaskManagementEffective(AGENT, 1))
                .add(new UserTaskState(AGENT, 1, 2, "managing", "Talking", "#FF5630", 2, 0))
                .after(100).add(new TaskPostManaging(CALL, "task_1", AGENT, MANAGER))
                .add(new UserTaskState(AGENT, 1, 3, "post_managing", "Wrap-up", "#4C9AFF", 3, 0))
                .add(new TaskResult(CALL, "task_1", "managed", null))
                .after(20).add(new UserTaskManaged(AGENT, 1, "managed", null))
                .add(new UserState(AGENT, 6, "pause", "Pause", "free", "#EEEEEE", 12, "break", "", 0))
                .after(10).add(new SessionCreate("session_3", 1, false, "", ""))
                .add(new TaskStart("session_3", "task_2", "call_2", "queue", QUEUE, "SALES",
                        TestRecords.date(r.now()), 1.0, 0, null, ""))
                .after(30).add(new TaskFailed("session_3", "task_2", "overflow"));
        List<RlogEntry> day = r.take();
        try (RlogRecorder recorder = new RlogRecorder(logger, LogSource.ccxml(TestRecords.PROJECT, "host1"))) {
            for (RlogEntry e : day) {
                recorder.record(e);
            }
        }
        RecordApplier applier = new RecordApplier(db, TestRecords.PROJECT, RecordApplier.KEEP_DELETED);
        try (ReplayDays replay = new ReplayDays(logger, TestRecords.PROJECT, TestRecords.OFFSET, applier,
                Clock.systemUTC(), 0)) {
            replay.load(LocalDate.of(2026, 2, 8));
        }
    }

    private List<String> objectsById() {
        List<String> out = new ArrayList<>();
        for (int id = 1; id < 1_000; id++) {
            DbObject o = db.find(id);
            if (o != null) {
                String name = o.classDef().field("name") != null && !o.classDef().isA("ccenter_dispatch_db_user")
                        ? " " + o.string("name") : o.classDef().field("item") != null ? " " + o.string("item") : "";
                out.add(id + " " + o.classDef().name().replace("ccenter_dispatch_db_", "").replace("consistent_db_", "")
                        + name);
            }
        }
        return out;
    }

    @Test
    void taskRecordsCreateTheirObjectsInTheDispatchsOrder() {
        assertThat(objectsById()).containsExactly(
                "1 user_session", "2 user", "3 group", "4 duration_statistics logged", "5 user_session_reference",
                "6 item_statistics state_available", "7 duration_statistics state_available",
                "8 duration_statistics state_available_idle", "9 item_statistics state_group_inbound",
                "10 duration_statistics state_group_inbound", "11 duration_statistics state_group_inbound_idle",
                "12 user_state available", "13 user_state_reference",
                "14 call_session",
                "15 task",                                          // task_start: no queue, no file task
                "16 item alerting",                                 // task_alerting
                "17 user_task ACME__SALES", "18 user_task_reference", // user_task_create, then the user's counters
                "19 array_statistic_uint_32_max running_ACME__SALES",
                "20 array_statistic_uint_32_count total_ACME__SALES", "21 array_statistic_uint_32_count total_tasks",
                "22 item_statistics task_state_alerting", "23 item_statistics task_state_alerting",   // task, session
                "24 duration_statistics task_state_alerting", "25 user_task_state alerting",          // user, state
                "26 item managing", "27 item management_effective",
                "28 item_statistics task_state_managing", "29 item_statistics task_state_managing",
                "30 duration_statistics task_state_managing",
                "31 item_statistics task_state_group_handling", "32 item_statistics task_state_group_handling",
                "33 duration_statistics task_state_group_handling", "34 user_task_state managing",
                "35 item post_managing",
                "36 item_statistics task_state_post_managing", "37 item_statistics task_state_post_managing",
                "38 duration_statistics task_state_post_managing", "39 user_task_state post_managing",
                "40 event task result", "41 item managed",        // task_result; user_task_managed creates nothing
                "42 item_statistics state_pause", "43 duration_statistics state_pause",   // no _idle: in a task state
                "44 item_statistics state_group_break", "45 duration_statistics state_group_break",
                "46 user_state pause", "47 user_state_reference",
                "48 call_session", "49 task", "50 event task failed");
    }

    @Test
    void queuesAndFileTasksTakeIdsOutsideTheDispatchsCounter() {
        DbObject queue = db.root().list("queues").first();
        assertThat(queue.string("name")).isEqualTo(QUEUE);
        assertThat(queue.id()).isEqualTo(DispatchDatabase.INFERRED_IDS);
        assertThat(queue.isInferred()).isTrue();
        assertThat(db.root().list("file_tasks").items()).allMatch(DbObject::isInferred).hasSize(2);
        assertThat(db.find(15).isInferred()).isFalse();
    }

    @Test
    void taskItemsNameTheQueueAndBecomeTheCallsCurrentItem() {
        DbObject task = db.find(15);
        assertThat(task.string("queue_logical_name")).isEqualTo("queue.SALES:" + QUEUE);
        assertThat(task.string("queue_display_name")).isEmpty();
        // effective, not managing
        assertThat(task.date("stop_waiting_date")).isEqualTo(db.find(27).date("start_date"));
        assertThat(task.date("management_date")).isEqualTo(db.find(27).date("start_date"));
        DbObject alerting = db.find(16);
        assertThat(alerting.string("form")).isEqualTo("queue.SALES:" + QUEUE);
        assertThat(alerting.u32("item_rank")).isEqualTo(1000);
        assertThat(alerting.string("result_name")).isEqualTo("user");
        assertThat(alerting.string("result")).isEqualTo(MANAGER);
        assertThat(db.find(41).string("result_name")).isEqualTo("reason");
        assertThat(db.find(14).string("current_item")).isEqualTo("queue.SALES:" + QUEUE + ".managed");
        assertThat(db.find(50).string("source")).isEqualTo("task_2");
        assertThat(db.find(50).string("string_data")).isEqualTo("overflow");
        assertThat(db.find(49).date("stop_waiting_date")).isEqualTo(db.find(49).date("end_date"));
    }

    @Test
    void aManagedUserTaskKeepsRunningInItsLastState() {
        DbObject userTask = db.find(17);
        assertThat(userTask.bool("managed")).isTrue();
        assertThat(userTask.bool("success")).isTrue();
        assertThat(userTask.bool("running")).isTrue();
        assertThat(userTask.date("end_date").isNil()).isTrue();
        assertThat(db.find(39).date("end_date").isNil()).isTrue();
        assertThat(db.find(37).u32("count")).isEqualTo(1);       // the session is still in post_managing
        assertThat(db.find(24).u32("current")).isZero();         // alerting ended at managing
        assertThat(db.find(22).get("duration")).isEqualTo(4.0);  // 3 s + 1 s in alerting
        DbObject session = db.find(1);
        assertThat(session.u32("running_tasks_count")).isEqualTo(1);
        assertThat(session.u32("managed_tasks_count")).isZero();
        assertThat(session.date("idle_date").isNil()).isTrue();
        assertThat(session.string("last_task_display_name")).isEqualTo("Wrap-up");
        assertThat(db.find(2).u32("busy_count")).isEqualTo(1);
        assertThat(db.find(19).u32("current")).isEqualTo(1);
    }

    @Test
    void aTransferredTaskEndsWithItsPostManagementDateAndNoSessionCounter() {
        DispatchDatabase other = new DispatchDatabase();
        TestRecords r = new TestRecords();
        new RecordApplier(other, TestRecords.PROJECT).applyAll(r
                .add(new SessionCreate(AGENT, 3, false, "", ""))
                .add(new LoginOk(AGENT, "ann", "Ann", 7, "agent", 1, "agents", 3, "default", "", "/default", "", 1))
                .add(new SessionCreate(CALL, 1, false, "", ""))
                .add(new TaskStart(CALL, "task_1", "call_1", "queue", QUEUE, "SALES", TestRecords.date(r.now()), 1.0,
                        0, null, ""))
                .add(new UserTaskCreate(AGENT, 1, 1, QUEUE, "SALES", "#36B37E", 1, 0))
                .after(30).add(new TaskResult(CALL, "task_1", "transferred", null))
                .add(new UserTaskTransferred(AGENT, 1, "task_9", "user_2", "bob")).take());
        DbObject task = other.root().list("tasks").first();
        assertThat(task.date("post_management_date")).isEqualTo(task.date("end_date"));
        assertThat(other.find(1).u32("transferred_tasks_count")).isZero();
    }

    @Test
    void theFirstTaskStateEndsTheIdleTimeOfTheUserState() {
        DbObject idle = db.find(8);
        assertThat(idle.u32("current")).isZero();
        assertThat(idle.tally().closedSeconds(TestRecords.START.getEpochSecond())).isEqualTo(65);
        assertThat(db.find(7).u32("current")).isZero();   // available ended at pause
    }
}
