package io.cccpexplorer.simulator.apply;

import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.rlog.ccxml.CcxmlRecord;
import io.cccpexplorer.protocol.rlog.ccxml.TaskAlerting;
import io.cccpexplorer.protocol.rlog.ccxml.TaskDisplayName;
import io.cccpexplorer.protocol.rlog.ccxml.TaskEstimatedWaitingTime;
import io.cccpexplorer.protocol.rlog.ccxml.TaskFailed;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManagementEffective;
import io.cccpexplorer.protocol.rlog.ccxml.TaskLocked;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManagementFailed;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManaging;
import io.cccpexplorer.protocol.rlog.ccxml.TaskOverflowing;
import io.cccpexplorer.protocol.rlog.ccxml.TaskPostManaging;
import io.cccpexplorer.protocol.rlog.ccxml.TaskResult;
import io.cccpexplorer.protocol.rlog.ccxml.TaskStart;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.db.DbList;
import io.cccpexplorer.simulator.db.DbObject;
import java.util.Set;

/**
 * Calls in queues: a task_start creates a {@code tasks} entry and a {@code file_tasks} entry and makes the queue
 * count it as waiting; managing moves it to contact, post_managing to post-contact, a result or a failure ends
 * it. Queue counters and oldest_waiting/contact_date follow (wire spec §6.4–6.5). File-task states are inferred:
 * 1 waiting, 2 alerting, 3 contact, 4 post_contact, 5 terminated.
 */
final class TaskRules implements RecordRules {

    static final int WAITING = 1;
    static final int ALERTING = 2;
    static final int CONTACT = 3;
    static final int POST_CONTACT = 4;
    static final int TERMINATED = 5;

    private final DispatchIndex index;

    TaskRules(DispatchIndex index) {
        this.index = index;
    }

    @Override
    public boolean apply(CcxmlRecord record, CccpDate date) {
        if (record instanceof TaskStart r) {
            start(r, date);
        } else if (record instanceof TaskAlerting r) {
            // observed: an offered task shows no manager yet (the task's manager fields wait for the management's
            // effect)
            fileTaskManager(r.sessionId(), r.taskId(), r.managerSessionId(), r.managerUserId());
            TaskItems.reached(index, r.sessionId(), r.taskId(), "alerting", "user", r.managerUserId(), date);
            move(r.sessionId(), r.taskId(), ALERTING, "alerting", date);
        } else if (record instanceof TaskManaging r) {
            // observed (a differential day whose recording ended between an agent's answer and the connection): the
            // task's manager fields wait for task_management_effective
            fileTaskManager(r.sessionId(), r.taskId(), r.managerSessionId(), r.managerUserId());
            TaskItems.reached(index, r.sessionId(), r.taskId(), "managing", "user", r.managerUserId(), date);
            DbObject ft = index.fileTasks.get(DispatchIndex.taskKey(r.sessionId(), r.taskId()));
            if (ft != null) {
                ft.set("manage_date", date);
            }
            move(r.sessionId(), r.taskId(), CONTACT, "contact", date);
        } else if (record instanceof TaskManagementEffective r) {
            manager(r.sessionId(), r.taskId(), r.managerSessionId(), r.managerUserId());
            TaskItems.reached(index, r.sessionId(), r.taskId(), "management_effective", "user", r.managerUserId(),
                    date);
            DbObject task = index.tasks.get(DispatchIndex.taskKey(r.sessionId(), r.taskId()));
            if (task != null) {
                // observed: the task stops waiting when its management is effective, not at task_managing
                task.set("stop_waiting_date", date).set("management_date", date);
            }
        } else if (record instanceof TaskManagementFailed r) {
            // observed: an item "management_failed" (result = the reason)
            TaskItems.reached(index, r.sessionId(), r.taskId(), "management_failed", "user", r.reason(), date);
            move(r.sessionId(), r.taskId(), WAITING, "waiting", date);
        } else if (record instanceof TaskLocked r) {
            // observed: an item "locked" between the alerting and the managing
            TaskItems.reached(index, r.sessionId(), r.taskId(), "locked", "user", r.managerUserId(), date);
        } else if (record instanceof TaskPostManaging r) {
            DbObject task = index.tasks.get(DispatchIndex.taskKey(r.sessionId(), r.taskId()));
            if (task != null) {
                task.set("post_management_date", date);
            }
            TaskItems.reached(index, r.sessionId(), r.taskId(), "post_managing", "user",
                    task == null ? "" : task.string("manager_user_id"), date);
            DbObject ft = index.fileTasks.get(DispatchIndex.taskKey(r.sessionId(), r.taskId()));
            if (ft != null) {
                ft.set("post_manage_date", date);
            }
            move(r.sessionId(), r.taskId(), POST_CONTACT, "post_contact", date);
        } else if (record instanceof TaskResult r) {
            TaskItems.event(index, r.sessionId(), r.taskId(), "task result", r.reason(), date);
            // observed: the item is "managed" whatever the reason ("transferred", "", ...), the reason its result
            TaskItems.reached(index, r.sessionId(), r.taskId(), "managed", "reason", r.reason(), date);
            end(r.sessionId(), r.taskId(), true, r.reason(), r.values(), date);
        } else if (record instanceof TaskFailed r) {
            TaskItems.event(index, r.sessionId(), r.taskId(), "task failed", r.reason(), date);
            DbObject task = index.tasks.get(DispatchIndex.taskKey(r.sessionId(), r.taskId()));
            if (task != null && task.date("stop_waiting_date").isNil()) {
                task.set("stop_waiting_date", date);   // observed on a task failed while waiting (overflow)
            }
            end(r.sessionId(), r.taskId(), false, r.reason(), null, date);
        } else if (record instanceof TaskEstimatedWaitingTime r) {
            DbObject task = index.tasks.get(DispatchIndex.taskKey(r.sessionId(), r.taskId()));
            if (task != null) {
                task.set("estimated_waiting_time", r.estimatedWaitingTime());
            }
        } else if (record instanceof TaskDisplayName r) {
            DbObject task = index.tasks.get(DispatchIndex.taskKey(r.sessionId(), r.taskId()));
            if (task != null) {
                task.set("queue_display_name", r.displayName());
            }
        } else if (record instanceof TaskOverflowing r) {
            DbObject task = index.tasks.get(DispatchIndex.taskKey(r.sessionId(), r.taskId()));
            if (task != null) {
                task.set("priority", r.priority());
            }
        } else {
            return false;
        }
        return true;
    }

    private void start(TaskStart r, CccpDate date) {
        String key = DispatchIndex.taskKey(r.sessionId(), r.taskId());
        if (index.tasks.containsKey(key)) {
            return;
        }
        DbObject queue = index.ensureQueue(r.queueName(), r.queueType(), r.taskName(), date);
        CccpDate waiting = r.waitingDate() == null || r.waitingDate().isNil() ? date : r.waitingDate();
        DbObject task = index.root().list("tasks").append("ccenter_dispatch_db_task")
                .set("task_id", r.taskId()).set("connection_id", r.connectionId())
                .set("queue_logical_name", TaskItems.logicalName(r.queueType(), r.taskName(), r.queueName()))
                .set("queue_type", r.queueType()).set("queue_name", r.queueName())
                .set("task_name", r.taskName()).set("skills", r.skills()).set("priority", r.priority())
                .set("absolute_priority", r.absolutePriority()).set("start_date", date)
                .set("parent_call_session_id", r.sessionId());
        index.tasks.put(key, task);
        DbObject ft = index.root().list("file_tasks").appendInferred("ccenter_dispatch_db_file_task")
                .set("session_id", r.sessionId()).set("session", index.session(r.sessionId()))
                .set("task_id", r.taskId()).set("queue_type", r.queueType()).set("queue_name", r.queueName())
                .set("task_name", r.taskName()).set("skills", r.skills()).set("waiting_date", waiting)
                .set("priority", r.priority()).set("absolute_priority", r.absolutePriority())
                .set("state", WAITING).set("state_name", "waiting").set("create_date", date);
        copyAttributes(r.taskAttributes(), ft.list("attributes"));
        index.fileTasks.put(key, ft);
        index.addTask(r.sessionId(), task, ft);
        index.waiting(queue).add(ft);
        queue.set("running_tasks_count", queue.u32("running_tasks_count") + 1)
                .set("waiting_tasks_count", queue.u32("waiting_tasks_count") + 1);
        refreshOldest(queue);
    }

    private void manager(String sessionId, String taskId, String managerSessionId, String managerUserId) {
        String key = DispatchIndex.taskKey(sessionId, taskId);
        DbObject task = index.tasks.get(key);
        DbObject managerSession = index.session(managerSessionId);
        if (task != null) {
            task.set("manager_session_id", managerSessionId).set("manager_user_id", managerUserId);
            if (managerSession != null && managerSession.classDef().isA("ccenter_dispatch_db_user_session")) {
                task.set("manager_session", managerSession);
            }
        }
        fileTaskManager(sessionId, taskId, managerSessionId, managerUserId);
    }

    /** The manager of our inferred file task (the dispatch has none from ccxml records), from the offer on. */
    private void fileTaskManager(String sessionId, String taskId, String managerSessionId, String managerUserId) {
        DbObject managerSession = index.session(managerSessionId);
        DbObject ft = index.fileTasks.get(DispatchIndex.taskKey(sessionId, taskId));
        if (ft != null) {
            ft.set("manager_session_id", managerSessionId).set("manager_user_id", managerUserId);
            DbObject user = managerSession == null || managerSession.classDef().field("user") == null
                    ? null : managerSession.ref("user");
            if (user != null) {
                ft.set("manager_name", user.string("name"));
            }
        }
    }

    /** Moves a live file task to {@code state}, keeping its queue's counters in step. */
    private void move(String sessionId, String taskId, int state, String stateName, CccpDate date) {
        DbObject ft = index.fileTasks.get(DispatchIndex.taskKey(sessionId, taskId));
        if (ft == null || ft.u32("state") == TERMINATED || ft.u32("state") == state) {
            return;
        }
        DbObject queue = index.queues.get(ft.string("queue_name"));
        if (queue != null) {
            count(queue, ft.u32("state"), -1, ft);
            count(queue, state, +1, ft);
            refreshOldest(queue);
        }
        ft.set("state", state).set("state_name", stateName);
        if (state != WAITING) {
            ft.set("waiting_duration", Math.max(0L, date.seconds() - ft.date("waiting_date").seconds()));
        }
    }

    private void end(String sessionId, String taskId, boolean success, String reason, CdepObject results,
                     CccpDate date) {
        String key = DispatchIndex.taskKey(sessionId, taskId);
        DbObject task = index.tasks.get(key);
        if (task != null) {
            if (success && task.date("post_management_date").isNil()) {
                task.set("post_management_date", date);   // observed: a result without post-managing (transferred)
            }
            task.set("end_date", date).set("success", success).set("reason", reason);
            copyAttributes(results, task.list("results"));
        }
        DbObject ft = index.fileTasks.get(key);
        if (ft == null || ft.u32("state") == TERMINATED) {
            return;
        }
        DbObject queue = index.queues.get(ft.string("queue_name"));
        if (queue != null) {
            count(queue, ft.u32("state"), -1, ft);
            queue.set("running_tasks_count", Math.max(0, queue.u32("running_tasks_count") - 1));
            refreshOldest(queue);
        }
        ft.set("state", TERMINATED).set("state_name", "terminated").set("terminate_date", date).set("reason", reason);
    }

    /**
     * Ends the live tasks of a call session that terminates without their result (inferred: a task cannot
     * outlive its call), so the queue counters stay exact.
     */
    void sessionTerminated(String sessionId, CccpDate date) {
        for (DbObject ft : index.fileTasksOfSession.getOrDefault(sessionId, java.util.List.of())) {
            if (ft.u32("state") != TERMINATED) {
                end(sessionId, ft.string("task_id"), false, "session terminated", null, date);
            }
        }
    }

    private void count(DbObject queue, int state, int delta, DbObject ft) {
        String field = switch (state) {
            case WAITING, ALERTING -> "waiting_tasks_count";
            case CONTACT -> "contact_tasks_count";
            case POST_CONTACT -> "post_contact_tasks_count";
            default -> null;
        };
        if (field != null) {
            queue.set(field, Math.max(0, queue.u32(field) + delta));
        }
        Set<DbObject> set = state == WAITING || state == ALERTING ? index.waiting(queue)
                : state == CONTACT ? index.contact(queue) : null;
        if (set != null) {
            if (delta > 0) {
                set.add(ft);
            } else {
                set.remove(ft);
            }
        }
    }

    private void refreshOldest(DbObject queue) {
        Set<DbObject> waiting = index.waiting(queue);
        queue.set("oldest_waiting_date",
                waiting.isEmpty() ? CccpDate.NIL : waiting.iterator().next().date("waiting_date"));
        Set<DbObject> contact = index.contact(queue);
        queue.set("oldest_contact_date",
                contact.isEmpty() ? CccpDate.NIL : contact.iterator().next().date("manage_date"));
    }

    /**
     * Copies a named object's scalar entries (a {@code consistent_protocol_named_object} as records carry it)
     * into a list of named values.
     */
    static void copyAttributes(CdepObject source, DbList target) {
        if (source == null) {
            return;
        }
        source.field(1000).ifPresent(v -> {
            if (v instanceof FieldValue.ListOf list) {
                for (CdepObject entry : list.items()) {
                    addNamedValue(entry, target);
                }
            }
        });
    }

    private static void addNamedValue(CdepObject entry, DbList target) {
        String name = entry.field(1).map(v -> v instanceof FieldValue.Str s ? s.value() : null).orElse(null);
        FieldValue value = entry.field(1000).orElse(null);
        if (name == null || value == null) {
            return;
        }
        String className = switch (value.type()) {
            case BOOLEAN -> "consistent_protocol_named_object_value_boolean";
            case UINT_32 -> "consistent_protocol_named_object_value_uint_32";
            case INT_32 -> "consistent_protocol_named_object_value_int_32";
            case REAL -> "consistent_protocol_named_object_value_number";
            case STRING -> "consistent_protocol_named_object_value_string";
            case DATE -> "consistent_protocol_named_object_value_date";
            default -> null;
        };
        if (className == null) {
            return;
        }
        DbObject o = target.append(className).set("name", name);
        o.set("value", rawOf(value));
    }

    private static Object rawOf(FieldValue v) {
        if (v instanceof FieldValue.Bool b) {
            return b.value();
        }
        if (v instanceof FieldValue.U32 u) {
            return u.value();
        }
        if (v instanceof FieldValue.I32 i) {
            return i.value();
        }
        if (v instanceof FieldValue.Real r) {
            return r.value();
        }
        if (v instanceof FieldValue.Str s) {
            return s.value();
        }
        return ((FieldValue.Date) v).value();
    }
}
