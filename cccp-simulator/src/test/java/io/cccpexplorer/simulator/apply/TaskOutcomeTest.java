package io.cccpexplorer.simulator.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cccpexplorer.protocol.rlog.ccxml.LoginOk;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate;
import io.cccpexplorer.protocol.rlog.ccxml.TaskAlerting;
import io.cccpexplorer.protocol.rlog.ccxml.TaskLocked;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManagementFailed;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManaging;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskManagementEffective;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskManage;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManagementEffective;
import io.cccpexplorer.protocol.rlog.ccxml.TaskResult;
import io.cccpexplorer.protocol.rlog.ccxml.TaskStart;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskCreate;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskFailed;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskLock;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskLocked;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskManaged;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskRedirected;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskTemporizationEnded;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskTransferDetails;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskTransferred;
import io.cccpexplorer.protocol.rlog.ccxml.UserState;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskState;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.TestRecords;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How tasks end, as the vendor's dispatch answered for records written by our rlog writer that our generator does
 * not write (a management failure, a redirect, a lock, a transfer's details, the end of the wrap-up time).
 */
class TaskOutcomeTest {

    private static final String AGENT = "user_1";
    private static final String CALL = "session_2";
    private static final String QUEUE = "ACME__SALES";
    private static final String MANAGER = "ann@cdep://head/db/projects/ACME/Ccxml.xml";

    private final DispatchDatabase db = new DispatchDatabase();
    private final TestRecords r = new TestRecords();
    private final RecordApplier applier = new RecordApplier(db, TestRecords.PROJECT, RecordApplier.KEEP_DELETED);

    @BeforeEach
    void anAgentIsOfferedACall() {
        r.add(new SessionCreate(AGENT, 3, false, "", ""))
                .add(new LoginOk(AGENT, "ann", "Ann", 7, "agent", 1, "agents", 3, "default", "", "/default", "", 1))
                .after(10).add(new SessionCreate(CALL, 1, false, "", ""))
                .add(new TaskStart(CALL, "task_1", "call_1", "queue", QUEUE, "SALES", TestRecords.date(r.now()), 1.0,
                        0, null, ""))
                .after(2).add(new TaskAlerting(CALL, "task_1", AGENT, MANAGER))
                .add(new UserTaskCreate(AGENT, 1, 1, QUEUE, "SALES", "#36B37E", 1, 0));
    }

    private DbObject callSession() {
        return db.root().list("sessions").get(1);
    }

    private DbObject task() {
        return db.root().list("tasks").first();
    }

    private DbObject userTask() {
        return db.root().list("sessions").first().list("user_tasks").first();
    }

    private DbObject runningStatistic() {
        return db.root().list("sessions").first().ref("user").list("array_statistics").first();
    }

    @Test
    void aManagementFailureIsAnItemAndTheTaskLosesItsManager() {
        applier.applyAll(r.after(4).add(new UserTaskFailed(AGENT, 1, "no answer"))
                .add(new TaskManagementFailed(CALL, "task_1", AGENT, MANAGER, "no answer")).take());

        assertThat(callSession().string("current_item")).isEqualTo("queue.SALES:" + QUEUE + ".management_failed");
        assertThat(callSession().list("items").last().string("result")).isEqualTo("no answer");
        assertThat(task().string("manager_session_id")).isEmpty();
        assertThat(task().string("manager_user_id")).isEmpty();
        assertThat(userTask().bool("running")).isFalse();
        assertThat(userTask().bool("success")).isFalse();
        assertThat(db.root().list("sessions").first().u32("lost_tasks_count")).isEqualTo(1);
        assertThat(runningStatistic().string("name")).isEqualTo("running_" + QUEUE);
        assertThat(runningStatistic().u32("current")).as("one task less running").isZero();
    }

    @Test
    void anEndedTaskClosesItsStateAndIsCountedInTheDispatchsOrder() {
        r.add(new io.cccpexplorer.protocol.rlog.ccxml.UserTaskState(AGENT, 1, 1, "alerting", "Ringing", "#FFAB00", 1,
                0));
        applier.applyAll(r.after(4).add(new UserTaskFailed(AGENT, 1, "no answer")).take());

        DbObject state = userTask().list("states").last();
        assertThat(state.date("end_date")).isEqualTo(DispatchTime.stored(TestRecords.date(r.now())));
        java.util.List<String> taskStatistics = new java.util.ArrayList<>();
        for (DbObject o : userTask().list("item_statistics").items()) {
            taskStatistics.add(o.string("name") + " " + o.u32("count") + " " + o.get("duration"));
        }
        assertThat(taskStatistics).containsExactly("task_state_alerting 0 4.0", "task_state_held 0 0.0",
                "task_state_ringing 0 0.0", "task_state_contact 0 0.0");
        java.util.List<String> userStatistics = new java.util.ArrayList<>();
        for (DbObject o : db.root().list("sessions").first().ref("user").list("array_statistics").items()) {
            userStatistics.add(o.classDef().name().replace("consistent_db_array_statistic_", "") + " "
                    + o.string("name"));
        }
        assertThat(userStatistics).containsExactly("uint_32_max running_" + QUEUE, "uint_32_count total_" + QUEUE,
                "uint_32_count total_tasks", "real_count " + QUEUE + "_duration", "uint_32_count lost_" + QUEUE);
        // created after the task's own statistics, in that order (object ids)
        DbObject lost = db.root().list("sessions").first().ref("user").list("array_statistics").last();
        assertThat(lost.id()).isGreaterThan(userTask().list("item_statistics").last().id());
    }

    @Test
    void anOfferedTaskShowsNoManagerUntilItIsManaged() {
        applier.applyAll(r.take());
        assertThat(task().string("manager_session_id")).isEmpty();
        assertThat(task().ref("manager_session")).isNull();

        // observed (a differential day whose recording ended between an agent's answer and the connection): the
        // task shows its manager once the management is effective, not at task_managing
        applier.applyAll(r.after(4).add(new TaskManaging(CALL, "task_1", AGENT, MANAGER)).take());
        assertThat(task().string("manager_session_id")).isEmpty();

        applier.applyAll(r.after(2).add(new TaskManagementEffective(CALL, "task_1", AGENT, MANAGER)).take());
        assertThat(task().string("manager_session_id")).isEqualTo(AGENT);
        assertThat(task().string("manager_user_id")).isEqualTo(MANAGER);
        assertThat(task().ref("manager_session")).isNotNull();
    }

    @Test
    void theAgentsAnswerMovesNoLastTaskEventDate() {
        // observed (same day): user_task_manage, seconds after the offer, leaves the offer's date on the agent
        // session and its user; the management's effect moves it
        CccpDate offered = TestRecords.date(r.now());
        applier.applyAll(r.after(5).add(new UserTaskManage(AGENT, 1)).take());
        DbObject agent = db.root().list("sessions").first();
        assertThat(agent.date("last_task_event_date")).isEqualTo(DispatchTime.stored(offered));
        assertThat(agent.ref("user").date("last_task_event_date")).isEqualTo(DispatchTime.stored(offered));

        applier.applyAll(r.after(2).add(new UserTaskManagementEffective(AGENT, 1)).take());
        assertThat(agent.date("last_task_event_date")).isEqualTo(DispatchTime.stored(TestRecords.date(r.now())));
    }

    @Test
    void aRedirectedTaskIsASuccessAndNotLost() {
        applier.applyAll(r.after(3).add(new UserTaskRedirected(AGENT, 1))
                .add(new UserTaskFailed(AGENT, 1, "redirected")).take());

        assertThat(userTask().bool("redirected")).isTrue();
        assertThat(userTask().bool("success")).isTrue();
        assertThat(userTask().bool("running")).isFalse();
        assertThat(db.root().list("sessions").first().u32("lost_tasks_count")).isZero();
        assertThat(db.root().list("sessions").first().u32("redirected_tasks_count")).isEqualTo(1);
    }

    @Test
    void aLockAndAnyResultAreItemsNamedLockedAndManaged() {
        applier.applyAll(r.after(1).add(new TaskLocked(CALL, "task_1", AGENT, MANAGER))
                .after(5).add(new TaskResult(CALL, "task_1", "transferred", null)).take());

        assertThat(callSession().list("items").get(1).string("item")).isEqualTo("locked");
        assertThat(callSession().list("items").get(1).string("result")).isEqualTo(MANAGER);
        DbObject result = callSession().list("items").last();
        assertThat(result.string("item")).isEqualTo("managed");
        assertThat(result.string("result")).isEqualTo("transferred");
        assertThat(callSession().string("current_item")).isEqualTo("queue.SALES:" + QUEUE + ".managed");
    }

    @Test
    void theEndOfTheWrapUpTimeEndsAManagedTask() {
        applier.applyAll(r.after(30).add(new UserTaskManaged(AGENT, 1, "managed", null)).take());
        assertThat(userTask().bool("running")).as("managed, still running").isTrue();

        applier.applyAll(r.after(10).add(new UserTaskTemporizationEnded(AGENT, 1)).take());
        assertThat(userTask().bool("running")).isFalse();
        assertThat(userTask().bool("success")).isTrue();
        assertThat(userTask().date("end_date")).isEqualTo(DispatchTime.stored(TestRecords.date(r.now())));
        DbObject agent = db.root().list("sessions").first();
        assertThat(agent.u32("managed_tasks_count")).isEqualTo(1);
        assertThat(agent.u32("running_tasks_count")).isZero();
        assertThat(runningStatistic().u32("current")).isZero();
        assertThat(db.root().list("sessions").first().ref("user").list("array_statistics").last().string("name"))
                .isEqualTo("managed_" + QUEUE);
    }

    @Test
    void aCallOfferedBesideAManagedTaskStillRunningKeepsTheSessionsLastEventDate() {
        // observed (a differential day with calls whose recording ended while the new task rang or was answered)
        applier.applyAll(r.after(30).add(new UserTaskManaged(AGENT, 1, "managed", null)).take());
        DbObject agent = db.root().list("sessions").first();
        CccpDate managed = agent.date("last_task_event_date");

        applier.applyAll(r.afterMillis(1).add(new UserTaskCreate(AGENT, 2, 2, QUEUE, "SALES", "#36B37E", 1, 0))
                .add(new io.cccpexplorer.protocol.rlog.ccxml.UserTaskState(AGENT, 2, 1, "alerting", "Ringing",
                        "#FFAB00", 1, 0))
                .after(4).add(new io.cccpexplorer.protocol.rlog.ccxml.UserTaskManage(AGENT, 2)).take());

        assertThat(agent.string("last_task_display_name")).as("the new task's look").isEqualTo("Ringing");
        assertThat(agent.date("last_task_event_date")).as("the managed record's date").isEqualTo(managed);
        assertThat(agent.u32("running_tasks_count")).isEqualTo(2);
    }

    @Test
    void anAgentLoggingOutInWrapUpEndsTheManagedTaskAsManagedAndIsIdleWithNoLastTaskEvent() {
        // observed (a recorded day with calls whose agents log out in their wrap-up, replayed by the dispatch)
        applier.applyAll(r.after(30).add(new UserTaskManaged(AGENT, 1, "managed", null)).after(5)
                .add(new io.cccpexplorer.protocol.rlog.ccxml.Logout(AGENT, 7))
                .add(new io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate(AGENT)).take());
        DbObject agent = db.root().list("sessions").first();

        assertThat(userTask().bool("running")).isFalse();
        assertThat(agent.u32("managed_tasks_count")).as("counted as managed").isEqualTo(1);
        assertThat(agent.u32("running_tasks_count")).isZero();
        assertThat(agent.date("idle_date")).as("idle since the terminate").isEqualTo(agent.date("terminate_date"));
        assertThat(agent.date("last_task_event_date").isNil()).isTrue();
        DbObject user = agent.ref("user");
        assertThat(user.string("last_task_name")).isEmpty();
        assertThat(user.string("last_task_display_name")).as("the user's no-task look").isEmpty();
        assertThat(user.date("last_task_event_date").isNil()).isTrue();
        assertThat(user.u32("last_task_display_order")).isEqualTo(1_000_000);
    }

    @Test
    void theTasksATerminateEndedEndAtTheSessionsDeleteAndCountTheirSecondsThen() {
        // observed (same day): the end date is the delete's, to the microsecond, and so is the last state's
        applier.applyAll(r.after(20).add(new io.cccpexplorer.protocol.rlog.ccxml.UserTaskState(AGENT, 1, 3,
                        "post_managing", "Post-appel", "#4C9AFF", 3, 0))
                .after(10).add(new UserTaskManaged(AGENT, 1, "managed", null)).after(5)
                .add(new io.cccpexplorer.protocol.rlog.ccxml.Logout(AGENT, 7))
                .add(new io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate(AGENT)).afterMillis(1).take());
        CccpDate start = userTask().date("start_date");
        Instant deleted = r.now().plusNanos(59_000);
        applier.applyAll(List.of(new io.cccpexplorer.protocol.rlog.RlogEntry(TestRecords.date(deleted), 0,
                new io.cccpexplorer.protocol.rlog.ccxml.SessionDelete(AGENT))));

        CccpDate end = DispatchTime.stored(TestRecords.date(deleted));
        assertThat(userTask().date("end_date")).isEqualTo(end);
        assertThat(userTask().list("states").last().date("end_date")).isEqualTo(end);
        double seconds = (end.seconds() - start.seconds()) + (end.microseconds() - start.microseconds()) / 1e6;
        assertThat(userStatistic(QUEUE + "_duration").tally().sum(0)).isCloseTo(seconds, within(1e-6));
        assertThat(userStatistic("managed_" + QUEUE).tally().count(0)).isEqualTo(1);
    }

    @Test
    void aTaskBegunTheDayBeforeItsEndCountsInNoneOfTheUsersQueueStatistics() {
        db.statisticsTime(java.time.Clock.fixed(r.now(), TestRecords.OFFSET), TestRecords.OFFSET);
        applier.applyAll(r.after(14 * 3600).add(new UserTaskFailed(AGENT, 1, "no answer")).take());   // 00:00:12

        assertThat(userTask().bool("running")).isFalse();
        assertThat(userStatistic(QUEUE + "_duration").tally().sum(0)).as("it exists, counting nothing").isZero();
        assertThat(userStatistic("lost_" + QUEUE).tally().count(0)).isZero();
    }

    private DbObject userStatistic(String name) {
        return db.root().list("sessions").first().ref("user").list("array_statistics").items().stream()
                .filter(o -> name.equals(o.string("name"))).findFirst().orElseThrow();
    }

    @Test
    void aTransfersDetailsLeaveTheCallerFieldsEmpty() {
        applier.applyAll(r.add(new UserTaskTransferDetails(AGENT, 1, "SALES", CALL, "obj_1", "task_1", QUEUE,
                TestRecords.date(r.now()), 2.0, 3, null)).take());

        assertThat(userTask().string("caller_session_id")).isEmpty();
        assertThat(userTask().string("queue_name")).isEmpty();
    }

    @Test
    void aLongDaysTasksAreAllKeptUpToABound() {
        // observed: the dispatch kept all 114 task references of an agent's 9-hour day; a bound of 100 cut them
        for (int task = 2; task <= 150; task++) {
            r.after(60).add(new UserTaskCreate(AGENT, task, task, QUEUE, "SALES", "#36B37E", 1, 0));
        }
        applier.applyAll(r.take());
        DbObject session = db.root().list("sessions").first();
        assertThat(session.list("user_tasks").size()).isEqualTo(150);
        assertThat(session.ref("user").list("tasks").size()).isEqualTo(150);

        for (int task = 151; task <= AgentRules.TASK_HISTORY + 1; task++) {
            r.after(1).add(new UserTaskCreate(AGENT, task, task, QUEUE, "SALES", "#36B37E", 1, 0));
        }
        applier.applyAll(r.take());
        assertThat(session.list("user_tasks").size()).as("a bound, for a center simulated for days")
                .isEqualTo(AgentRules.TASK_HISTORY);
        assertThat(session.ref("user").list("tasks").size()).isEqualTo(AgentRules.TASK_HISTORY);
        assertThat(session.list("user_tasks").first().u32("task_id")).as("the oldest went first").isEqualTo(2);
    }

    /** The agent, talking, enters its wrap-up state; the task is managed at the hang-up (a real ccxml's order). */
    private void talkThenWrapUp() {
        r.after(2).add(new UserTaskState(AGENT, 1, 2, "managing", "Talking", "#FF5630", 2, 0))
                .after(60).add(new UserState(AGENT, 9, "wrap_up", "Wrap-up", "free", "#EEEEEE", 11, "inbound", "", 0));
    }

    private DbObject userStatistic(String list, String name) {
        DbObject user = db.root().list("sessions").first().ref("user");
        return user.list(list).items().stream().filter(o -> o.string("name").equals(name)).findFirst().orElse(null);
    }

    @Test
    void aTaskEndingInTheAgentsWrapUpStateMakesTheAgentIdleInIt() {
        // observed (object ids, a recorded day whose tasks end at their wrap-up's end): the state's _idle statistic
        // is created at the task's end, between the task's <queue>_duration and its outcome
        talkThenWrapUp();
        r.add(new UserTaskManaged(AGENT, 1, "managed", null));
        applier.applyAll(r.take());
        assertThat(userStatistic("duration_statistics", "state_wrap_up_idle")).as("in a task: not idle").isNull();

        applier.applyAll(r.after(30).add(new UserTaskTemporizationEnded(AGENT, 1)).take());

        DbObject idle = userStatistic("duration_statistics", "state_wrap_up_idle");
        assertThat(idle).isNotNull();
        assertThat(idle.id()).isGreaterThan(userStatistic("array_statistics", QUEUE + "_duration").id())
                .isLessThan(userStatistic("array_statistics", "managed_" + QUEUE).id());
    }

    @Test
    void aTasksEndLeavingNoTaskShowsTheStatesIdleLookBeforeAnyNewState() {
        // observed (a follower of the agent sessions, agents logging out as their wrap-up time ends): the session
        // shows its state's idle look from the task's end, one push after its running count went down
        talkThenWrapUp();
        r.add(new UserTaskManaged(AGENT, 1, "managed", null));
        applier.applyAll(r.take());
        DbObject agent = db.root().list("sessions").first();
        assertThat(agent.string("last_task_display_name")).as("the task's look").isEqualTo("Talking");

        applier.applyAll(r.after(30).add(new UserTaskTemporizationEnded(AGENT, 1)).take());
        assertThat(agent.u32("running_tasks_count")).isZero();
        assertThat(agent.string("last_task_display_name")).isEqualTo("free");
        assertThat(agent.string("last_task_display_color")).isEqualTo("#EEEEEE");
        assertThat(agent.u32("last_task_display_order")).isEqualTo(11);
    }

    @Test
    void aTransferredTaskEndingAtItsWrapUpsEndCountsUnderBothSpellings() {
        talkThenWrapUp();
        r.add(new UserTaskTransferred(AGENT, 1, "task_9", "user_2", "bob@x"))
                .add(new UserTaskManaged(AGENT, 1, "transferred", null));
        applier.applyAll(r.take());
        assertThat(userStatistic("array_statistics", "transferred_" + QUEUE)).as("still running").isNull();

        applier.applyAll(r.after(30).add(new UserTaskTemporizationEnded(AGENT, 1)).take());

        DbObject managed = userStatistic("array_statistics", "managed_" + QUEUE);
        DbObject transferred = userStatistic("array_statistics", "transferred_" + QUEUE);
        DbObject transfered = userStatistic("array_statistics", "transfered_" + QUEUE);
        assertThat(transferred.id()).isEqualTo(managed.id() + 1);
        assertThat(transfered.id()).isEqualTo(transferred.id() + 1);
    }

    @Test
    void theIdleLookOfAStateAfterATaskNamesNoTask() {
        talkThenWrapUp();
        applier.applyAll(r.add(new UserTaskManaged(AGENT, 1, "managed", null))
                .after(30).add(new UserTaskTemporizationEnded(AGENT, 1)).take());
        DbObject user = db.root().list("sessions").first().ref("user");
        assertThat(user.string("last_task_name")).as("the task's last state").isEqualTo("managing");

        applier.applyAll(r.after(1).add(new UserState(AGENT, 5, "available", "Available", "free", "#EEEEEE", 11,
                "inbound", "", 0)).take());

        assertThat(user.string("last_task_name")).isEmpty();
        assertThat(user.string("last_task_display_name")).isEqualTo("free");
    }

    @Test
    void aManagedWithinTheSecondOfTheWrapUpStateLeavesTheSessionsDateOneLaterMovesIt() {
        // observed: a real ccxml logs user_task_managed at the hang-up, 0.1 ms after the post-managing state; the
        // dispatch's agent session keeps that state's date; a user_task_managed logged at the wrap-up's end moves it
        r.after(2).add(new UserTaskState(AGENT, 1, 2, "managing", "Talking", "#FF5630", 2, 0))
                .after(60).add(new UserTaskState(AGENT, 1, 3, "post_managing", "Wrap-up", "#4C9AFF", 3, 0));
        CccpDate wrapUp = TestRecords.date(r.now());
        r.afterMillis(1).add(new UserTaskManaged(AGENT, 1, "managed", null));
        applier.applyAll(r.take());
        DbObject agent = db.root().list("sessions").first();
        assertThat(agent.date("last_task_event_date")).isEqualTo(DispatchTime.stored(wrapUp));

        applier.applyAll(r.after(30).add(new UserTaskManaged(AGENT, 1, "managed", null)).take());
        assertThat(agent.date("last_task_event_date")).isEqualTo(DispatchTime.stored(TestRecords.date(r.now())));
    }

    /**
     * The task managed at the hang-up and ended at the wrap-up's end, the agent available a millisecond later.
     *
     * @return the date of the task's end
     */
    private CccpDate taskEndedThenAvailableWithinTheSecond() {
        talkThenWrapUp();
        r.add(new UserTaskManaged(AGENT, 1, "managed", null)).after(30);
        CccpDate end = TestRecords.date(r.now());
        r.add(new UserTaskTemporizationEnded(AGENT, 1))
                .afterMillis(1).add(new UserState(AGENT, 5, "available", "Available", "free", "#EEEEEE", 11, "inbound",
                        "", 0));
        return end;
    }

    @Test
    void aStateEnteredWithinTheSecondOfATasksEndLeavesTheEndsDate() {
        CccpDate end = taskEndedThenAvailableWithinTheSecond();
        applier.applyAll(r.take());
        DbObject agent = db.root().list("sessions").first();
        assertThat(agent.date("last_task_event_date")).isEqualTo(DispatchTime.stored(end));

        applier.applyAll(r.after(5).add(new UserState(AGENT, 6, "pause", "Pause", "free", "#EEEEEE", 11, "pause",
                "", 0)).take());
        assertThat(agent.date("last_task_event_date")).as("a state seconds later moves it")
                .isEqualTo(DispatchTime.stored(TestRecords.date(r.now())));
    }

    /** The task managed at the hang-up, ended at the wrap-up's end, the agent available again. */
    private void taskEndedAndAvailable() {
        talkThenWrapUp();
        r.add(new UserTaskManaged(AGENT, 1, "managed", null)).after(30).add(new UserTaskTemporizationEnded(AGENT, 1))
                .after(2).add(new UserState(AGENT, 5, "available", "Available", "free", "#EEEEEE", 11,
                        "inbound", "", 0));
    }

    @Test
    void anAgentLoggingOutIdleShowsNoTaskAndNoIdleDate() {
        // observed (a recorded day whose tasks all end at their wrap-up's end): as when the terminate ends tasks,
        // but with no idle date
        taskEndedAndAvailable();
        applier.applyAll(r.after(60).add(new SessionTerminate(AGENT)).take());

        DbObject agent = db.root().list("sessions").first();
        assertThat(agent.date("last_task_event_date").isNil()).isTrue();
        assertThat(agent.date("idle_date").isNil()).isTrue();
        assertThat(agent.string("last_task_display_color")).isEqualTo(AgentRules.NO_TASK_COLOR);
        DbObject user = agent.ref("user");
        assertThat(user.date("last_task_event_date").isNil()).isTrue();
        assertThat(user.string("last_task_name")).isEmpty();
        assertThat(user.u32("last_task_display_order")).isEqualTo(AgentRules.NO_TASK_ORDER);
    }

    @Test
    void anOfferWithinTheSecondOfTheLastTasksEndLeavesTheEndsDate() {
        // observed: a call waiting for the agent is offered as soon as the wrap-up time is over, 0.2 ms after the
        // task's end and the available state; the dispatch's agent session keeps the end's date
        // (and ScenarioDays.offers: so does its user, through the lock and the locked record)
        CccpDate end = taskEndedThenAvailableWithinTheSecond();
        r.afterMillis(1).add(new UserTaskCreate(AGENT, 2, 2, QUEUE, "SALES", "#36B37E", 1, 0));
        lockedThenRinging(2);
        applier.applyAll(r.take());

        DbObject agent = db.root().list("sessions").first();
        assertThat(agent.date("last_task_event_date")).isEqualTo(DispatchTime.stored(end));
        assertThat(agent.ref("user").date("last_task_event_date")).isEqualTo(DispatchTime.stored(end));
        assertThat(agent.string("last_task_display_name")).as("its look moves").isEqualTo("Ringing");
        assertThat(agent.u32("running_tasks_count")).isEqualTo(1);
    }

    @Test
    void theLockAndTheAlertingStateRightAfterAnOfferLeaveTheOffersDate() {
        // observed (ScenarioDays.offers: create, lock, locked and ringing 30 ms apart), on the session and its user
        taskEndedAndAvailable();
        r.after(20);
        CccpDate offered = TestRecords.date(r.now());
        r.add(new UserTaskCreate(AGENT, 2, 2, QUEUE, "SALES", "#36B37E", 1, 0));
        lockedThenRinging(2);
        applier.applyAll(r.take());

        DbObject agent = db.root().list("sessions").first();
        assertThat(agent.date("last_task_event_date")).isEqualTo(DispatchTime.stored(offered));
        assertThat(agent.ref("user").date("last_task_event_date")).isEqualTo(DispatchTime.stored(offered));
        assertThat(agent.string("last_task_display_name")).isEqualTo("Ringing");
        assertThat(agent.list("user_tasks").last().string("caller_session_id")).isEqualTo(CALL);
    }

    /** The offer's lock, locked record and ringing state, 30 ms apart, as a ccxml logs them. */
    private void lockedThenRinging(int taskLoggerId) {
        r.afterMillis(30).add(new UserTaskLock(AGENT, taskLoggerId))
                .afterMillis(30).add(new UserTaskLocked(AGENT, taskLoggerId, CALL, "call_1", "task_1", QUEUE,
                        TestRecords.date(r.now()), 1.0, 0, null))
                .afterMillis(30).add(new UserTaskState(AGENT, taskLoggerId, 1, "alerting", "Ringing", "#FFAB00", 1, 0));
    }
}
