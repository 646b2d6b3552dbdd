package io.cccpexplorer.simulator.apply;

import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.db.DbObject;

/**
 * What a queue task's records leave in its call session (observed on the vendor's dispatch replaying a day with
 * calls, protocol-spec §9.1): task_alerting, task_managing, task_management_effective, task_post_managing and
 * task_result each add an item (named after the step, or the result's reason), which becomes the session's
 * current item; task_result and task_failed first add an event ("task result" / "task failed", the reason as
 * data, the task id as source).
 */
final class TaskItems {

    /** Observed: the rank of every task item (above the dialogs' 0, so the task's last step is the best item). */
    static final int RANK = 1000;

    private TaskItems() {
    }

    /** A task's queue as the dispatch names it: {@code <queue_type>.<task_name>:<queue_name>} (observed). */
    static String logicalName(String queueType, String taskName, String queueName) {
        return queueType + "." + taskName + ":" + queueName;
    }

    /** An item of the task's call session: form = the queue's logical name, ending when it starts. */
    static void reached(DispatchIndex index, String sessionId, String taskId, String name, String resultName,
                        String result, CccpDate date) {
        DbObject s = index.session(sessionId);
        DbObject task = index.tasks.get(DispatchIndex.taskKey(sessionId, taskId));
        if (s == null || task == null) {
            return;
        }
        String form = task.string("queue_logical_name");
        DbObject item = s.list("items").append("ccenter_dispatch_db_item")
                .set("start_date", date).set("end_date", date).set("source", sessionId).set("form", form)
                .set("item", name).set("prompt_counter", 0).set("item_rank", RANK)
                .set("result_name", resultName).set("result", result).set("compute_duration", false);
        SessionItems.reached(s, item, form + "." + name, RANK, date);
    }

    /** An event of the task's call session, before the step's item. */
    static void event(DispatchIndex index, String sessionId, String taskId, String name, String reason,
                      CccpDate date) {
        DbObject s = index.session(sessionId);
        if (s != null && index.tasks.containsKey(DispatchIndex.taskKey(sessionId, taskId))) {
            s.list("events").append("ccenter_dispatch_db_event")
                    .set("date", date).set("source", taskId).set("target", "").set("state", "")
                    .set("name", name).set("string_data", reason);
        }
    }
}
