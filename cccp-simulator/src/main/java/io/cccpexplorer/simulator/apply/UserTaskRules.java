package io.cccpexplorer.simulator.apply;

import io.cccpexplorer.protocol.rlog.ccxml.CcxmlRecord;
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
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.db.DbList;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.StatisticTally;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An agent's tasks (the calls offered to and handled by one user session): the session's {@code user_tasks},
 * its task counters and last_task_* fields, and the user's {@code tasks} references and busy_count.
 * A user task is "running" from create until failed (observed: a managed task keeps running, its last state
 * open); a user is busy while one of its tasks runs.
 */
final class UserTaskRules implements RecordRules {

    private final DispatchIndex index;
    /** The tasks each terminated user session's terminate ended, until its delete stamps their end (observed). */
    private final Map<DbObject, List<DbObject>> endedByTerminate = new HashMap<>();

    UserTaskRules(DispatchIndex index) {
        this.index = index;
    }

    @Override
    public boolean apply(CcxmlRecord record, CccpDate date) {
        if (record instanceof UserTaskCreate r) {
            create(r, date);
        } else if (record instanceof UserTaskState r) {
            state(r, date);
        } else if (record instanceof UserTaskLocked r) {
            DbObject t = task(r.sessionId(), r.taskLoggerId(), date, false, true);
            if (t != null) {
                t.set("caller_session_id", r.callerSessionId()).set("caller_object_id", r.callerObjectId())
                        .set("caller_task_id", r.callerTaskId()).set("queue_name", r.queueName())
                        .set("waiting_date", r.waitingDate()).set("priority", r.priority())
                        .set("absolute_priority", r.absolutePriority());
                TaskRules.copyAttributes(r.taskAttributes(), t.list("attributes"));
            }
        } else if (record instanceof UserTaskTransferDetails r) {
            // observed: the caller fields and queue_name stay empty (unlike user_task_locked)
            task(r.sessionId(), r.taskLoggerId(), date);
        } else if (record instanceof UserTaskManagementEffective r) {
            DbObject t = task(r.sessionId(), r.taskLoggerId(), date);
            if (t != null) {
                t.set("management_effective_date", date);
            }
        } else if (record instanceof UserTaskManaged r) {
            // observed: the task is marked managed and successful but keeps running (no end_date, its last state
            // open, the session's running count and the user's busy count unchanged; managed_tasks_count stays)
            DbObject t = task(r.sessionId(), r.taskLoggerId(), date, false, true);
            if (t != null) {
                t.set("managed", true).set("success", true).set("reason", r.reason());
            }
        } else if (record instanceof UserTaskFailed r) {
            DbObject t = index.userTasks.get(DispatchIndex.userTaskKey(r.sessionId(), r.taskLoggerId()));
            if (t != null && t.bool("running") && !t.bool("managed") && !t.bool("redirected")) {
                bump(t, "lost_tasks_count");   // observed: a redirected task is not lost
            }
            finish(r.sessionId(), r.taskLoggerId(), r.reason(), date);
        } else if (record instanceof UserTaskRedirected r) {
            DbObject t = task(r.sessionId(), r.taskLoggerId(), date);
            if (t != null && !t.bool("redirected")) {
                t.set("redirected", true).set("success", true);   // observed: a redirect counts as a success
                bump(t, "redirected_tasks_count");
            }
        } else if (record instanceof UserTaskTransferred r) {
            DbObject t = task(r.sessionId(), r.taskLoggerId(), date);
            if (t != null && !t.bool("transferred")) {
                t.set("transferred", true).set("transfered", true).set("transfer_to_task_id", r.managerTaskId())
                        .set("transfer_to_session_id", r.managerSessionId())
                        .set("transfer_to_user_id", r.managerUserId());
                // observed: the session's transferred_tasks_count stays 0 on the vendor's dispatch
            }
        } else if (record instanceof UserTaskLock r) {
            // observed (ScenarioDays.offers): the lock and the locked record, tens of milliseconds after the create,
            // leave the create's date (or the held one of a task ended within the second before)
            task(r.sessionId(), r.taskLoggerId(), date, false, true);
        } else if (record instanceof UserTaskManage) {
            // observed (a differential day whose recording ended between an agent's answer and the connection): the
            // agent's answer moves neither the session's nor the user's last_task_event_date; the management's
            // effect, a second or two later, does
            return true;
        } else if (record instanceof UserTaskPostManaging r) {
            task(r.sessionId(), r.taskLoggerId(), date);
        } else if (record instanceof UserTaskTemporizationEnded r) {
            // observed: the end of the wrap-up time ends a managed task, which then counts as managed
            DbObject t = index.userTasks.get(DispatchIndex.userTaskKey(r.sessionId(), r.taskLoggerId()));
            if (t != null && t.bool("running") && t.bool("managed")) {
                bump(t, "managed_tasks_count");
            }
            finish(r.sessionId(), r.taskLoggerId(), t == null ? "" : t.string("reason"), date);
        } else {
            return false;
        }
        return true;
    }

    /**
     * The task, with its session's and its user's last_task_event_date stamped (observed: a user_task_managed
     * moves both); {@code null} if unknown.
     */
    private DbObject task(String sessionId, int taskLoggerId, CccpDate date) {
        return task(sessionId, taskLoggerId, date, false, false);
    }

    /**
     * @param offerRecord a record the offer itself brings (its states): see {@link #offeredBesideOthers}
     * @param heldDate a record that moves the session's and the user's date only a second or more after the one
     *                 held (observed: a user_task_managed logged at the hang-up, 0.1 ms after the post-managing
     *                 state, leaves that state's date, one logged at the wrap-up's end moves it; the lock, the locked
     *                 record and the alerting state right after the create leave the create's)
     */
    private DbObject task(String sessionId, int taskLoggerId, CccpDate date, boolean offerRecord, boolean heldDate) {
        DbObject t = index.userTasks.get(DispatchIndex.userTaskKey(sessionId, taskLoggerId));
        if (t != null) {
            index.userTaskEventDates.put(t, date);
            DbObject session = t.father();
            if (session != null) {
                if (!(offerRecord && offeredBesideOthers(t, session))) {
                    stampLastTaskEvent(session, date, heldDate);
                }
                DbObject user = session.classDef().field("user") == null ? null : session.ref("user");
                if (user != null) {
                    stampLastTaskEvent(user, date, heldDate);
                }
            }
        }
        return t;
    }

    /**
     * Observed (a differential day with calls, agents offered a call just after their user_task_managed): while a
     * task is offered beside others still running (its management not yet effective), its records — the create,
     * its ringing — move the session's look but not its {@code last_task_event_date}, which
     * keeps the date of the last event before.
     */
    private static boolean offeredBesideOthers(DbObject t, DbObject session) {
        return t.date("management_effective_date").isNil() && session.u32("running_tasks_count") > 1;
    }

    private void create(UserTaskCreate r, CccpDate date) {
        DbObject session = index.session(r.sessionId());
        if (session == null || !session.classDef().isA("ccenter_dispatch_db_user_session")) {
            return;
        }
        DbList tasks = session.list("user_tasks");
        while (tasks.size() >= AgentRules.TASK_HISTORY) {
            DbObject oldest = tasks.first();
            index.forgetUserTask(oldest);
            index.db.delete(oldest);
        }
        DbObject t = tasks.append("ccenter_dispatch_db_user_task")
                .set("session_instance_id", r.sessionInstanceId()).set("task_id", r.taskId())
                .set("name", r.name()).set("display_name", r.displayName()).set("display_color", r.displayColor())
                .set("display_order", Integer.toString(r.displayOrder())).set("start_date", date)
                .set("running", true);
        index.userTaskStarts.put(t, index.recordTime);
        index.putUserTask(DispatchIndex.userTaskKey(r.sessionId(), r.taskLoggerId()), t);
        // observed (a follower of the agent sessions across midnight): the dispatch pushes the session four times
        // for one user_task_create: the new user task, then its look as the last task, then the running count,
        // then the total count; each step is committed on its own so that followers see the same deltas
        index.db.commit();
        // observed: a session with a task is no longer idle; one that already runs others keeps the date of its
        // last event (see offeredBesideOthers), and so does one offered a task within the second of its last one's
        // end (a 9-hour differential day: a call waiting for the agent offered 0.2 ms after the wrap-up's end)
        if (session.u32("running_tasks_count") == 0) {
            stampLastTaskEvent(session, date, true);
        }
        session.set("idle_date", CccpDate.NIL)
                .set("last_task_display_name", r.displayName())
                .set("last_task_display_color", r.displayColor()).set("last_task_display_order", r.displayOrder());
        index.db.commit();
        session.set("running_tasks_count", session.u32("running_tasks_count") + 1);
        index.db.commit();
        session.set("total_tasks_count", session.u32("total_tasks_count") + 1);
        boolean becomesBusy = session.u32("running_tasks_count") == 1;
        DbObject user = session.ref("user");
        if (user != null) {
            DbList refs = user.list("tasks");
            if (refs.size() >= AgentRules.TASK_HISTORY) {
                index.db.delete(refs.first());
            }
            refs.append("ccenter_dispatch_db_user_task_reference").set("task", t);
            // observed order (object ids): the task, its reference, then the user's per-queue and total counters
            taskCounters(user, r.name(), date);
            stampLastTaskEvent(user, date, true);
            user.set("last_task_name", r.name())
                    .set("last_task_display_name", r.displayName()).set("last_task_display_color", r.displayColor())
                    .set("last_task_display_order", r.displayOrder());
            if (becomesBusy) {
                busy(user, +1);   // observed: busy_count counts sessions with a running task, not tasks
            }
        }
    }

    private void state(UserTaskState r, CccpDate date) {
        // observed (a recorded day whose agents are idle between tasks): the alerting state logged right after the
        // create leaves the create's date on the agent session
        DbObject t = task(r.sessionId(), r.taskLoggerId(), date, true, "alerting".equals(r.name()));
        if (t == null) {
            return;
        }
        DbObject session = t.father();
        DbObject user = session.ref("user");
        if (user != null && !inTaskState(session)) {
            stopIdle(session, user, date);
        }
        closeState(t, date);
        // observed order (object ids): per statistic the task's, the session's and the user's, then the state
        for (String key : stateStatistics(r.name())) {
            DurationStatistics.enterCounted(t, key);
            DurationStatistics.enterCounted(session, key);
            if (user != null) {
                DurationStatistics.startPeriod(user, key, date);
            }
        }
        t.list("states").append("ccenter_dispatch_db_user_task_state")
                .set("state_id", r.stateId()).set("name", r.name()).set("display_name", r.displayName())
                .set("display_color", r.displayColor()).set("display_order", Integer.toString(r.displayOrder()))
                .set("start_date", date);
        session.set("last_task_display_name", r.displayName()).set("last_task_display_color", r.displayColor())
                .set("last_task_display_order", r.displayOrder());
        if (user != null) {
            stampLastTaskEvent(user, date, "alerting".equals(r.name()));
            user.set("last_task_name", r.name())
                    .set("last_task_display_name", r.displayName()).set("last_task_display_color", r.displayColor())
                    .set("last_task_display_order", r.displayOrder());
        }
    }

    /**
     * An agent session's or its user's {@code last_task_event_date} follows the task records; a held one moves only a
     * second or more later (observed, ScenarioDays.offers: an offer 0.1 s after the last task's end leaves that end
     * on the session and on its user).
     */
    private static void stampLastTaskEvent(DbObject sessionOrUser, CccpDate date, boolean heldDate) {
        if (heldDate) {
            DispatchTime.moveHeldDate(sessionOrUser, "last_task_event_date", date);
        } else {
            sessionOrUser.set("last_task_event_date", date);
        }
    }

    /** The task's open state ends: its statistics (the task's, the session's, the user's) leave it. */
    private static void closeState(DbObject t, CccpDate date) {
        DbObject previous = t.list("states").last();
        if (previous == null || !previous.date("end_date").isNil()) {
            return;
        }
        DbObject session = t.father();
        DbObject user = session.ref("user");
        previous.set("end_date", date);
        for (String key : stateStatistics(previous.string("name"))) {
            CccpDate since = previous.date("start_date");
            DurationStatistics.leaveCounted(t, key, since, date);
            DurationStatistics.leaveCounted(session, key, since, date);
            if (user != null) {
                DurationStatistics.endPeriod(user, key, since, date);
            }
        }
    }

    /**
     * The task stops running (observed: user_task_failed, user_task_temporization_ended), in this order (object
     * ids): its open state ends; the task's item statistics {@code task_state_held}, {@code task_state_ringing},
     * {@code task_state_contact} appear (count 0); the user's {@code array_statistics} {@code <queue>_duration}
     * (real_count) and {@code lost_<queue>} (a failure) or {@code managed_<queue>} (a managed task's end) count
     * it; the user's {@code running_<queue>} counts one task less. Its {@code success} is left as it was (a
     * redirected task that then fails stays successful).
     */
    private void finish(String sessionId, int taskLoggerId, String reason, CccpDate date) {
        DbObject t = task(sessionId, taskLoggerId, date);
        if (t == null || !t.bool("running")) {
            return;
        }
        finish(t, reason, date);
    }

    /**
     * Observed (object ids and a follower of the agent sessions, a recording across midnight): a user session's
     * terminate, after its "terminated" event, ends each of its running user tasks in list order as a task end
     * does (their item and user statistics are created then), the running count going down one push at a time.
     *
     * @return whether a task was running, and so ended
     */
    boolean sessionTerminated(DbObject session, CccpDate date) {
        boolean ended = false;
        for (DbObject t : List.copyOf(session.list("user_tasks").items())) {
            if (t.bool("running")) {
                ended = true;
                if (t.bool("managed")) {
                    // observed (agents logging out in wrap-up, a differential day with calls): a managed task ended
                    // by the terminate counts as managed, as at the end of its wrap-up time
                    bump(t, "managed_tasks_count");
                }
                finish(t, t.string("reason"), date, true);
                endedByTerminate.computeIfAbsent(session, k -> new ArrayList<>()).add(t);
                index.db.commit();
            }
        }
        if (ended) {
            // observed (same): the session is then idle since the terminate, with no last task event, and its user
            // shows no last task: the "no task" look, no name, no date (until a next session shows its own)
            session.set("idle_date", date).set("last_task_event_date", CccpDate.NIL);
            DbObject user = session.ref("user");
            if (user != null) {
                showNoTask(user);
            }
        }
        return ended;
    }

    /**
     * Observed (a recorded day with calls whose agents log out in a task's wrap-up): the tasks a terminate ended
     * show the session's delete as their end, and their last state's; their seconds count in the user's
     * {@code <queue>_duration} then.
     */
    void sessionDeleted(DbObject session, CccpDate date) {
        List<DbObject> tasks = endedByTerminate.remove(session);
        if (tasks == null) {
            return;
        }
        DbObject owner = session.ref("user");
        for (DbObject t : tasks) {
            CccpDate ended = t.date("end_date");
            t.set("end_date", date);
            DbObject last = t.list("states").last();
            if (last != null && last.date("end_date").equals(ended)) {
                last.set("end_date", date);
            }
            if (owner != null && ofTheDay(t, date)) {
                arrayStatistic(owner, t.string("name") + "_duration", "consistent_db_array_statistic_real_count")
                        .tally().counted(date.seconds(), elapsed(t));
            }
        }
    }

    /** Observed: a task begun before the day of its end counts in none of the user's per-queue statistics. */
    private boolean ofTheDay(DbObject t, CccpDate end) {
        return t.date("start_date").seconds() >= index.db.dayStart(end.seconds());
    }

    /**
     * The task's seconds until the record being applied, as the dispatch measures them: a difference of the two
     * records' dates as reals, whose microseconds its stored dates truncate (a task's {@code <queue>_duration} on
     * the dispatch: 3209.703639 where its start and end dates as served differ by 3209.703638).
     */
    private double elapsed(DbObject t) {
        Double start = index.userTaskStarts.get(t);
        return index.recordTime - (start != null ? start : DispatchTime.real(t.date("start_date")));
    }

    private void finish(DbObject t, String reason, CccpDate date) {
        finish(t, reason, date, false);
    }

    private void finish(DbObject t, String reason, CccpDate date, boolean byTerminate) {
        boolean managed = t.bool("managed");
        closeState(t, date);
        for (String name : List.of("task_state_held", "task_state_ringing", "task_state_contact")) {
            DurationStatistics.ensureItem(t, name);
        }
        t.set("running", false).set("end_date", date).set("reason", reason);
        DbObject session = t.father();
        DbObject owner = session.ref("user");
        if (owner != null) {
            String queue = t.string("name");
            // both exist from the task's end (object ids); what they count: the task's seconds (at the delete for
            // a task the terminate ended) and the task itself, when it began on the day it ends
            StatisticTally duration = arrayStatistic(owner, queue + "_duration",
                    "consistent_db_array_statistic_real_count").tally();
            if (!byTerminate) {
                startIdle(session, owner, date);
            }
            StatisticTally outcome = arrayStatistic(owner, (managed ? "managed_" : "lost_") + queue,
                    "consistent_db_array_statistic_uint_32_count").tally();
            if (ofTheDay(t, date)) {
                outcome.counted(date.seconds());
                if (!byTerminate) {
                    duration.counted(date.seconds(), elapsed(t));
                }
            }
            if (t.bool("transferred")) {
                // observed (object ids): a transferred task's end, at its wrap-up's end or by the terminate, counts
                // it under both spellings, unless begun the day before (as for the other per-queue statistics)
                for (String prefix : List.of("transferred_", "transfered_")) {
                    StatisticTally transferred = arrayStatistic(owner, prefix + queue,
                            "consistent_db_array_statistic_uint_32_count").tally();
                    if (ofTheDay(t, date)) {
                        transferred.counted(date.seconds());
                    }
                }
            }
        }
        DbObject running = owner == null ? null : findArrayStatistic(owner, "running_" + t.string("name"));
        if (running != null && running.u32("current") > 0) {
            running.tally().changed(date.seconds(), running.u32("current"), running.u32("current") - 1);
            running.set("current", running.u32("current") - 1);
        }
        showLatestRunning(session, owner);
        session.set("running_tasks_count", Math.max(0, session.u32("running_tasks_count") - 1));
        DbObject user = session.ref("user");
        if (user != null && session.u32("running_tasks_count") == 0) {
            busy(user, -1);
        }
        if (!byTerminate && session.u32("running_tasks_count") == 0) {
            showIdleLook(session);
        }
    }

    /**
     * Observed (a follower of the agent sessions, agents logging out as their wrap-up time ends): a task's end that
     * leaves the session no task shows its state's idle look, in a push of its own after the running count's.
     */
    private void showIdleLook(DbObject session) {
        DbObject state = idleState(session);
        if (state == null) {
            return;
        }
        index.db.commit();
        session.set("last_task_display_name", state.string("idle_display_name"))
                .set("last_task_display_color", state.string("idle_display_color"))
                .set("last_task_display_order", Integer.parseInt(state.string("idle_display_order")));
    }

    /**
     * Observed: once a task ended, the agent session and its user show the running task with the latest record
     * (its date, its last state's look and name): an agent with managed tasks still running whose later offers
     * failed shows the last managed task's wrap-up and the date of its user_task_managed. Nothing when no task
     * runs any more.
     */
    private void showLatestRunning(DbObject session, DbObject user) {
        DbObject shown = null;
        CccpDate shownDate = CccpDate.NIL;
        for (DbObject task : session.list("user_tasks").items()) {
            CccpDate date = index.userTaskEventDates.getOrDefault(task, CccpDate.NIL);
            if (task.bool("running") && (shown == null || date.compareTo(shownDate) >= 0)) {
                shown = task;
                shownDate = date;
            }
        }
        if (shown == null) {
            return;
        }
        DbObject state = shown.list("states").last();
        String name = state == null ? shown.string("name") : state.string("name");
        String displayName = (state == null ? shown : state).string("display_name");
        String displayColor = (state == null ? shown : state).string("display_color");
        int displayOrder = Integer.parseInt((state == null ? shown : state).string("display_order"));
        session.set("last_task_event_date", shownDate).set("last_task_display_name", displayName)
                .set("last_task_display_color", displayColor).set("last_task_display_order", displayOrder);
        if (user != null) {
            user.set("last_task_event_date", shownDate).set("last_task_name", name)
                    .set("last_task_display_name", displayName).set("last_task_display_color", displayColor)
                    .set("last_task_display_order", displayOrder);
        }
    }

    /**
     * Observed (object ids, a recorded day whose tasks end at their wrap-up's end): a task whose end leaves the
     * session in no task state makes the session idle in its user state: the state's {@code _idle} statistics start
     * a period (created then, between the task's {@code <queue>_duration} and its outcome statistic), which the next
     * task state or the state's end ends.
     */
    private void startIdle(DbObject session, DbObject user, CccpDate date) {
        DbObject state = idleState(session);
        if (state == null || index.idleSince.containsKey(session)) {
            return;
        }
        for (String key : DurationStatistics.ofState(state)) {
            DurationStatistics.startPeriod(user, key + DurationStatistics.IDLE_SUFFIX, date);
        }
        index.idleSince.put(session, date);
    }

    /** The user state the session is idle in: its open state while no task state is open; {@code null} if none. */
    private static DbObject idleState(DbObject session) {
        DbObject state = session.list("states").last();
        return state == null || !state.date("end_date").isNil() || inTaskState(session) ? null : state;
    }

    /** The "no task" look of a user: no name, no date (observed after a terminate). */
    static void showNoTask(DbObject user) {
        user.set("last_task_event_date", CccpDate.NIL).set("last_task_name", "")
                .set("last_task_display_name", "").set("last_task_display_color", AgentRules.NO_TASK_COLOR)
                .set("last_task_display_order", AgentRules.NO_TASK_ORDER);
    }

    /** Observed: the session's first task state ends the idle time of its user state (the user's {@code _idle}). */
    private void stopIdle(DbObject session, DbObject user, CccpDate date) {
        DbObject state = session.list("states").last();
        CccpDate since = index.idleSince.remove(session);
        if (since != null && state != null && state.date("end_date").isNil()) {
            for (String key : DurationStatistics.ofState(state)) {
                DurationStatistics.endPeriod(user, key + DurationStatistics.IDLE_SUFFIX, since, date);
            }
        }
    }

    /** Observed: a task state counts in {@code task_state_<name>}; managing also in the group "handling". */
    static List<String> stateStatistics(String stateName) {
        return "managing".equals(stateName)
                ? List.of("task_state_" + stateName, "task_state_group_handling")
                : List.of("task_state_" + stateName);
    }

    /**
     * True while one of the session's tasks is in a state (observed: that state stays open after the task is
     * managed); such a session is not idle, so a new user state gets no {@code _idle} statistics.
     */
    static boolean inTaskState(DbObject session) {
        if (session.classDef().field("user_tasks") == null) {
            return false;
        }
        for (DbObject t : session.list("user_tasks").items()) {
            DbObject last = t.list("states").last();
            if (last != null && last.date("end_date").isNil()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The user's task counters in {@code array_statistics}, each created on first use in this order (observed):
     * {@code running_<queue>} (uint_32_max, one more running task; one less when a task ends), {@code total_<queue>}
     * and {@code total_tasks} (uint_32_count, counted once per task).
     */
    private void taskCounters(DbObject user, String queue, CccpDate date) {
        DbObject running = arrayStatistic(user, "running_" + queue, "consistent_db_array_statistic_uint_32_max");
        int before = running.u32("current");
        running.tally().changed(date.seconds(), before, before + 1);
        running.set("current", before + 1);
        for (String name : List.of("total_" + queue, "total_tasks")) {
            DbObject total = arrayStatistic(user, name, "consistent_db_array_statistic_uint_32_count");
            total.tally().counted(date.seconds());
        }
    }

    private static DbObject arrayStatistic(DbObject user, String name, String className) {
        DbObject found = findArrayStatistic(user, name);
        return found != null ? found : user.list("array_statistics").append(className).set("name", name);
    }

    private static DbObject findArrayStatistic(DbObject user, String name) {
        for (DbObject o : user.list("array_statistics").items()) {
            if (name.equals(o.string("name"))) {
                return o;
            }
        }
        return null;
    }

    private static void bump(DbObject task, String counter) {
        DbObject session = task.father();
        if (session != null) {
            session.set(counter, session.u32(counter) + 1);
        }
    }

    private static void busy(DbObject user, int delta) {
        user.set("busy_count", Math.max(0, user.u32("busy_count") + delta));
    }
}
