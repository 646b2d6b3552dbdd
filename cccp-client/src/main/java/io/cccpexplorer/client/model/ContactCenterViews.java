package io.cccpexplorer.client.model;

import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The four live queries behind the model (wire spec §6.6) and how their rows become facts and records. Pure
 * functions, so they are tested without a server. Absent text becomes {@code null}, like absent dates.
 */
final class ContactCenterViews {

    static final ListQuery AGENTS = ListQuery.of(0, "sessions").filter(".[session_type eq 3 and terminate_date eq '']");
    static final RowFormat AGENT_FORMAT = RowFormat.of("session_id", "project_name", "user.login", "user.name",
            "profile_name", "current_mode", "states.last.name", "states.last.display_name", "states.last.group",
            "states.last.start_date", "phone_contact_uri", "phone_uri", "login_date", "create_date", "active_queues",
            "user_tasks.last.running", "user_tasks.last.states.last.name", "user_tasks.last.states.last.start_date",
            "user_tasks.last.end_date", "user_tasks.last.managed", "user_tasks.last.caller_session_id",
            "user_tasks.last.queue_name");

    static final ListQuery CALLS = ListQuery.of(0, "sessions").filter(".[session_type eq 1]");
    static final RowFormat CALL_FORMAT = RowFormat.of("session_id", "create_date", "terminate_date",
            "connections.first.incoming", "connections.first.remote_address", "connections.first.local_address",
            "connections.first.connected_date", "connections.first.disconnected_date");

    /** Every task of the day, not only the waiting ones: ended calls keep their queue and agent. */
    static final ListQuery TASKS = ListQuery.of(0, "file_tasks");
    static final RowFormat TASK_FORMAT = RowFormat.of("session_id", "task_id", "queue_name", "state",
            "manager_session_id", "manager_user_id", "waiting_date", "manage_date", "post_manage_date",
            "terminate_date", "reason");

    static final ListQuery QUEUES = ListQuery.of(0, "queues");
    static final RowFormat QUEUE_FORMAT = RowFormat.of("name", "display_name", "queue_type", "virtual_queue",
            "logged_sessions_count", "working_sessions_count", "waiting_tasks_count", "running_tasks_count",
            "oldest_waiting_date");

    static final RowFormat EVENT_FORMAT = RowFormat.of("date", "source", "target", "state", "name", "string_data");

    private static final Pattern QUEUE_IN_ACTIVE_QUEUES = Pattern.compile("queue\\s*:\\s*'([^']*)'");

    private ContactCenterViews() {
    }

    /** The text at {@code path}, {@code null} when absent or empty. */
    static String text(Row row, String path) {
        String s = row.text(path);
        return s.isEmpty() ? null : s;
    }

    // ---- agents ----

    static AgentStatusRule.Facts agentFacts(Row row, QueueTask lastTask) {
        QueueTaskState phase = null;
        OffsetDateTime phaseSince = null;
        boolean managed = false;
        // a ccxml logs user_task_managed at the hang-up (or the transfer) and user_task_temporization_ended when the
        // wrap-up time is over: a managed task still running in post_managing is the agent's wrap-up (for one that
        // is never ended, see AgentStatusRule)
        if (row.bool("user_tasks.last.running", false)) {
            phase = userTaskPhase(row.text("user_tasks.last.states.last.name"));
            phaseSince = row.date("user_tasks.last.states.last.start_date");
            // a task in post_managing is past its contact, marked managed or not. It matters for a task just created
            // for the next offer: it has no state yet, and until its first one the agent's row still shows the ended
            // task's post_managing, unmarked; the agent's state since then ("Disponible") decides, not that phase
            managed = phase != null && (row.bool("user_tasks.last.managed", false) || phase == QueueTaskState.WRAP_UP);
        }
        if (phase == null && lastTask != null) {
            switch (lastTask.state()) {
                case OFFERED -> phase = QueueTaskState.OFFERED;
                case TALKING -> {
                    phase = QueueTaskState.TALKING;
                    phaseSince = lastTask.answered();
                }
                case WRAP_UP -> {
                    phase = QueueTaskState.WRAP_UP;
                    phaseSince = lastTask.wrapUpSince();
                }
                default -> {
                }
            }
        }
        OffsetDateTime lastEnded = row.date("user_tasks.last.end_date");
        if (lastTask != null && lastTask.ended() != null
                && (lastEnded == null || lastTask.ended().isAfter(lastEnded))) {
            lastEnded = lastTask.ended();
        }
        return new AgentStatusRule.Facts(true, text(row, "current_mode"), text(row, "states.last.name"),
                text(row, "states.last.display_name"), text(row, "states.last.group"),
                row.date("states.last.start_date"), phase, phaseSince, lastEnded, managed);
    }

    /**
     * The phase of a running user task from its state name ({@code alerting}, {@code managing}, {@code post_managing}).
     */
    static QueueTaskState userTaskPhase(String stateName) {
        String s = stateName.toLowerCase(Locale.ROOT);
        if (s.contains("alert")) {
            return QueueTaskState.OFFERED;
        }
        if (s.contains("post")) {
            return QueueTaskState.WRAP_UP;
        }
        if (s.contains("manag")) {
            return QueueTaskState.TALKING;
        }
        return null;
    }

    /**
     * What the model knows beside an agent's row: the queue tasks and calls of other lists, which may arrive before
     * or after it.
     */
    interface AgentLinks {
        /** The latest queue task offered to or handled by this agent session, {@code null} when none. */
        QueueTask lastTask(String agentSession);

        /**
         * The latest queue task of this call session naming this agent session, {@code null} when its row has not
         * arrived.
         */
        QueueTask taskOf(String callSession, String agentSession);

        /** The call of this session, {@code null} when its row has not arrived. */
        Call call(String callSession);
    }

    static Agent agent(Row row, AgentLinks links) {
        // the agent's own task names its call and queue once the ccxml locked it on the agent (caller_session_id,
        // queue_name): the link to prefer, for it comes in the agent's own row, whatever the order the lists arrive in
        String session = row.text("session_id");
        boolean running = row.bool("user_tasks.last.running", false);
        String taskCall = text(row, "user_tasks.last.caller_session_id");
        QueueTask task = running && taskCall != null ? links.taskOf(taskCall, session) : links.lastTask(session);
        AgentStatusRule.Result status = AgentStatusRule.of(agentFacts(row, task));
        String callSession = null;
        String queue = null;
        boolean onCall = status.status() == AgentStatus.RINGING || status.status() == AgentStatus.TALKING
                || status.status() == AgentStatus.WRAP_UP;
        if (onCall && taskCall != null && (running || wrapUpOf(row, status, task, taskCall))) {
            callSession = taskCall;
            queue = text(row, "user_tasks.last.queue_name");
            if (queue == null && task != null && taskCall.equals(task.callSessionId())) {
                queue = task.queue();
            }
        } else if (onCall && task != null && (!task.isEnded() || status.status() == AgentStatus.WRAP_UP)) {
            callSession = task.callSessionId();
            queue = task.queue();
        }
        CurrentCall current = null;
        if (callSession != null) {
            Call call = links.call(callSession);
            current = new CurrentCall(callSession, call == null ? null : call.caller(), queue,
                    call == null ? CallDirection.UNKNOWN : call.direction());
        }
        String phone = text(row, "phone_contact_uri");
        OffsetDateTime since = row.date("login_date");
        return new Agent(row.objectId(), text(row, "session_id"), text(row, "user.login"), text(row, "user.name"),
                text(row, "project_name"), text(row, "profile_name"), text(row, "current_mode"), status.status(),
                status.since(), status.pauseReason(), text(row, "states.last.display_name"),
                row.date("states.last.start_date"), phone != null ? phone : text(row, "phone_uri"),
                queues(row.text("active_queues")), current, since != null ? since : row.date("create_date"));
    }

    /**
     * A wrap-up that began while the agent's last task, ended since, still ran: the after-call work of that task's
     * call (the ccxml ended the task before the agent left the wrap-up state). A queue task of another call decides
     * instead while it is not over (the agent reopened a wrap-up for it); an ended one is an earlier call's.
     */
    private static boolean wrapUpOf(Row row, AgentStatusRule.Result status, QueueTask task, String taskCall) {
        OffsetDateTime ended = row.date("user_tasks.last.end_date");
        return status.status() == AgentStatus.WRAP_UP && status.since() != null && ended != null
                && !ended.isBefore(status.since())
                && (task == null || task.isEnded() || taskCall.equals(task.callSessionId()));
    }

    /** Full queue names of an {@code active_queues} literal, deduplicated, in order. */
    static List<String> queues(String activeQueues) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Matcher m = QUEUE_IN_ACTIVE_QUEUES.matcher(activeQueues);
        while (m.find()) {
            out.add(m.group(1));
        }
        return new ArrayList<>(out);
    }

    // ---- queue tasks and calls ----

    /** @param agentLogin the login of the task's manager session, {@code null} when unknown */
    static QueueTask task(Row row, String agentLogin) {
        QueueTaskState state = row.date("terminate_date") != null ? QueueTaskState.ENDED
                : QueueTaskState.ofServerState(row.number("state", 1));
        return new QueueTask(text(row, "session_id"), text(row, "task_id"), text(row, "queue_name"), state,
                row.date("waiting_date"), row.date("manage_date"), row.date("post_manage_date"),
                row.date("terminate_date"), text(row, "manager_session_id"), agentLogin, text(row, "reason"));
    }

    /** The login in a {@code manager_user_id} ({@code login@cdep://…}), {@code null} when there is none. */
    static String loginOfUserId(String userId) {
        if (userId == null) {
            return null;
        }
        int at = userId.indexOf('@');
        return at > 0 ? userId.substring(0, at) : null;
    }

    static CallDirection direction(Row row) {
        return row.get("connections.first.incoming").isDefined()
                ? (row.bool("connections.first.incoming", false) ? CallDirection.INCOMING : CallDirection.OUTGOING)
                : CallDirection.UNKNOWN;
    }

    /** @param tasks the call's queue tasks, oldest first */
    static Call call(Row row, List<QueueTask> tasks) {
        OffsetDateTime terminated = row.date("terminate_date");
        return Call.of(row.objectId(), text(row, "session_id"), direction(row),
                blankToNull(PartyNumber.fromUri(row.text("connections.first.remote_address"))),
                blankToNull(PartyNumber.fromUri(row.text("connections.first.local_address"))),
                row.date("create_date"), row.date("connections.first.connected_date"),
                terminated != null ? terminated : row.date("connections.first.disconnected_date"), tasks);
    }

    static QueueStats queue(Row row) {
        String name = row.text("name");
        String display = text(row, "display_name");
        return new QueueStats(row.objectId(), name, display != null ? display : QueueNames.shortName(name),
                text(row, "queue_type"), row.bool("virtual_queue", false),
                (int) row.number("logged_sessions_count", 0), (int) row.number("working_sessions_count", 0),
                (int) row.number("waiting_tasks_count", 0), (int) row.number("running_tasks_count", 0),
                row.date("oldest_waiting_date"));
    }

    static SessionEvent event(Row row) {
        return new SessionEvent(row.objectId(), row.date("date"), text(row, "source"), text(row, "target"),
                text(row, "state"), text(row, "name"), text(row, "string_data"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
