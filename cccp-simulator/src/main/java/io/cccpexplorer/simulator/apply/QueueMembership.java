package io.cccpexplorer.simulator.apply;

import io.cccpexplorer.protocol.rlog.ccxml.CcxmlRecord;
import io.cccpexplorer.protocol.rlog.ccxml.LoginOk;
import io.cccpexplorer.protocol.rlog.ccxml.Logout;
import io.cccpexplorer.protocol.rlog.ccxml.SessionDelete;
import io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate;
import io.cccpexplorer.protocol.rlog.ccxml.SetUserMode;
import io.cccpexplorer.protocol.rlog.ccxml.TaskAlerting;
import io.cccpexplorer.protocol.rlog.ccxml.TaskFailed;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManagementFailed;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManaging;
import io.cccpexplorer.protocol.rlog.ccxml.TaskResult;
import io.cccpexplorer.protocol.rlog.ccxml.UserStillLogged;
import io.cccpexplorer.simulator.db.DbObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which agent sessions serve which queues, and the queue counters that follow from it. The real dispatch learns
 * membership from the queues process, whose logger records we cannot decode, so it is inferred from ccxml
 * records:
 * <ul>
 *   <li>a user session joins a queue when one of that queue's tasks is offered to it or managed by it
 *       ({@code task_alerting} / {@code task_managing} name the manager session), and stays a member until it
 *       logs out, terminates or is deleted;</li>
 *   <li>its {@code active_queues} lists those queues in joining order as the ECMAScript literal the GUI evals,
 *       {@code {q0:{type:'queue',queue:'PROJECT__Q',task:'call'},...}} (wire spec §6.2);</li>
 *   <li>a queue's {@code logged_sessions_count} counts its logged members whose {@code current_mode} does not
 *       contain "unplug"; {@code working_sessions_count} its members managing at least one task (from
 *       {@code task_managing} until the task's result, failure or management failure).</li>
 * </ul>
 * Applied after the record's own family rules, so sessions, tasks and queues already exist. Confined to the
 * database's thread.
 */
final class QueueMembership {

    private final DispatchIndex index;
    /** Per user session id, its queues in joining order. */
    private final Map<String, Set<DbObject>> queuesOfSession = new HashMap<>();
    /** Per queue, its member session ids. */
    private final Map<DbObject, Set<String>> membersOfQueue = new HashMap<>();
    /** Per managed task key, the manager session id. */
    private final Map<String, String> managerOfTask = new HashMap<>();
    /** Per manager session id, how many tasks it manages now. */
    private final Map<String, Integer> managedCount = new HashMap<>();
    /** Per call session id, its task keys being managed (released if the call ends without a result). */
    private final Map<String, List<String>> managedTasksOfCall = new HashMap<>();

    QueueMembership(DispatchIndex index) {
        this.index = index;
    }

    /** Updates membership and counters for {@code record}, after its family rules ran. */
    void apply(CcxmlRecord record) {
        if (record instanceof TaskAlerting r) {
            join(r.managerSessionId(), r.sessionId(), r.taskId());
        } else if (record instanceof TaskManaging r) {
            join(r.managerSessionId(), r.sessionId(), r.taskId());
            startManaging(r.managerSessionId(), r.sessionId(), r.taskId());
        } else if (record instanceof TaskManagementFailed r) {
            release(DispatchIndex.taskKey(r.sessionId(), r.taskId()));
        } else if (record instanceof TaskResult r) {
            release(DispatchIndex.taskKey(r.sessionId(), r.taskId()));
        } else if (record instanceof TaskFailed r) {
            release(DispatchIndex.taskKey(r.sessionId(), r.taskId()));
        } else if (record instanceof SetUserMode r) {
            recount(r.sessionId());
        } else if (record instanceof LoginOk r) {
            recount(r.sessionId());
        } else if (record instanceof UserStillLogged r) {
            recount(r.sessionId());
        } else if (record instanceof Logout r) {
            leaveAll(r.sessionId());
        } else if (record instanceof SessionTerminate r) {
            endOf(r.sessionId());
        } else if (record instanceof SessionDelete r) {
            endOf(r.sessionId());
        }
    }

    private void join(String managerSessionId, String callSessionId, String taskId) {
        DbObject session = index.session(managerSessionId);
        DbObject queue = queueOf(DispatchIndex.taskKey(callSessionId, taskId));
        if (session == null || queue == null || !session.classDef().isA("ccenter_dispatch_db_user_session")
                || !session.bool("logged")) {
            return;
        }
        Set<DbObject> queues = queuesOfSession.computeIfAbsent(managerSessionId, k -> new LinkedHashSet<>());
        if (queues.add(queue)) {
            membersOfQueue.computeIfAbsent(queue, k -> new LinkedHashSet<>()).add(managerSessionId);
            session.set("active_queues", activeQueues(queues));
            count(queue);
        }
    }

    private void startManaging(String managerSessionId, String callSessionId, String taskId) {
        String key = DispatchIndex.taskKey(callSessionId, taskId);
        String previous = managerOfTask.get(key);
        if (managerSessionId.equals(previous) || index.session(managerSessionId) == null) {
            return;
        }
        if (previous != null) {
            release(key);
        }
        managerOfTask.put(key, managerSessionId);
        managedTasksOfCall.computeIfAbsent(callSessionId, k -> new ArrayList<>(1)).add(key);
        managedCount.merge(managerSessionId, 1, Integer::sum);
        recount(managerSessionId);
    }

    private void release(String taskKey) {
        String manager = managerOfTask.remove(taskKey);
        if (manager == null) {
            return;
        }
        managedCount.computeIfPresent(manager, (k, n) -> n <= 1 ? null : n - 1);
        recount(manager);
    }

    /** A call session ends (its tasks are released) or a user session ends (it leaves its queues). */
    private void endOf(String sessionId) {
        List<String> tasks = managedTasksOfCall.remove(sessionId);
        if (tasks != null) {
            tasks.forEach(this::release);
        }
        leaveAll(sessionId);
    }

    private void leaveAll(String sessionId) {
        Set<DbObject> queues = queuesOfSession.remove(sessionId);
        if (queues == null) {
            return;
        }
        for (DbObject queue : queues) {
            Set<String> members = membersOfQueue.get(queue);
            if (members != null) {
                members.remove(sessionId);
            }
            count(queue);
        }
        DbObject session = index.session(sessionId);
        if (session != null && !session.isDeleted()) {
            session.set("active_queues", "");
        }
    }

    /** Re-counts the queues of a session whose login, mode or managed tasks changed. */
    private void recount(String sessionId) {
        Set<DbObject> queues = queuesOfSession.get(sessionId);
        if (queues != null) {
            queues.forEach(this::count);
        }
    }

    private void count(DbObject queue) {
        if (queue.isDeleted()) {
            return;
        }
        int logged = 0;
        int working = 0;
        for (String sessionId : membersOfQueue.getOrDefault(queue, Set.of())) {
            DbObject session = index.session(sessionId);
            if (session == null || !session.bool("logged")) {
                continue;
            }
            String mode = session.string("current_mode");
            if (mode == null || !mode.contains("unplug")) {
                logged++;
            }
            if (managedCount.containsKey(sessionId)) {
                working++;
            }
        }
        queue.set("logged_sessions_count", logged).set("working_sessions_count", working);
    }

    private DbObject queueOf(String taskKey) {
        DbObject ft = index.fileTasks.get(taskKey);
        return ft == null ? null : index.queues.get(ft.string("queue_name"));
    }

    /** The §6.2 literal: keys q0, q1... in joining order, values single-quoted with quotes escaped. */
    static String activeQueues(Set<DbObject> queues) {
        StringBuilder s = new StringBuilder("{");
        int i = 0;
        for (DbObject q : queues) {
            if (i > 0) {
                s.append(',');
            }
            s.append('q').append(i++).append(":{type:'").append(quoted(q.string("queue_type")))
                    .append("',queue:'").append(quoted(q.string("name")))
                    .append("',task:'").append(quoted(q.string("task_name"))).append("'}");
        }
        return s.append('}').toString();
    }

    private static String quoted(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("'", "\\'");
    }
}
