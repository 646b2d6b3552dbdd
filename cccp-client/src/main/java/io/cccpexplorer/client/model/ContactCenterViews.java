package io.cccpexplorer.client.model;

import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The four live queries behind the model (wire spec §6.6) and how their rows become domain records.
 * Pure functions, so they are tested without a server.
 */
final class ContactCenterViews {

    static final String TECHNICAL_LOGIN = "consistent";

    static final ListQuery AGENTS = ListQuery.of(0, "sessions").filter(".[session_type eq 3 and terminate_date eq '']");
    static final RowFormat AGENT_FORMAT = RowFormat.of("session_id", "project_name", "user.login", "user.name",
            "profile_name", "current_mode", "states.last.display_name", "states.last.start_date",
            "phone_contact_uri", "phone_uri", "login_date", "create_date", "active_queues");

    static final ListQuery CALLS = ListQuery.of(0, "sessions").filter(".[session_type eq 1]");
    static final RowFormat CALL_FORMAT = RowFormat.of("session_id", "create_date", "terminate_date",
            "connections.first.incoming", "connections.first.remote_address", "connections.first.local_address",
            "connections.first.connected_date", "connections.first.disconnected_date");

    /** Every task of the day, not only the waiting ones: ended calls keep their queue and agent. */
    static final ListQuery TASKS = ListQuery.of(0, "file_tasks");
    static final RowFormat TASK_FORMAT = RowFormat.of("session_id", "queue_name", "manager_session_id",
            "waiting_date", "manage_date", "terminate_date");

    static final ListQuery QUEUES = ListQuery.of(0, "queues");
    static final RowFormat QUEUE_FORMAT = RowFormat.of("name", "display_name", "queue_type", "virtual_queue",
            "logged_sessions_count", "working_sessions_count", "waiting_tasks_count", "running_tasks_count",
            "oldest_waiting_date");

    static final RowFormat EVENT_FORMAT = RowFormat.of("date", "source", "target", "state", "name", "string_data");

    private static final Pattern QUEUE_IN_ACTIVE_QUEUES = Pattern.compile("queue\\s*:\\s*'([^']*)'");

    private ContactCenterViews() {
    }

    static Agent agent(Row row, String currentCallSessionId) {
        String phone = row.text("phone_contact_uri");
        OffsetDateTime since = row.date("login_date");
        return new Agent(row.objectId(), row.text("session_id"), row.text("user.login"), row.text("user.name"),
                row.text("project_name"), row.text("profile_name"), row.text("current_mode"),
                row.text("states.last.display_name"), row.date("states.last.start_date"),
                phone.isEmpty() ? row.text("phone_uri") : phone, queues(row.text("active_queues")),
                currentCallSessionId, since != null ? since : row.date("create_date"));
    }

    /** Queue names of an {@code active_queues} literal, without the {@code PROJECT__} prefix, deduplicated. */
    static List<String> queues(String activeQueues) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Matcher m = QUEUE_IN_ACTIVE_QUEUES.matcher(activeQueues);
        while (m.find()) {
            out.add(withoutProject(m.group(1)));
        }
        return new ArrayList<>(out);
    }

    static String withoutProject(String queueName) {
        int cut = queueName.indexOf("__");
        return cut >= 0 ? queueName.substring(cut + 2) : queueName;
    }

    /**
     * @param task       the call's queue task (active or the last one seen), {@code null} when none
     * @param taskActive whether that task is still in the live list (not terminated)
     * @param agentLogin the login of the task's manager session, "" when unknown
     */
    static Call call(Row row, Row task, boolean taskActive, String agentLogin) {
        CallDirection direction = row.get("connections.first.incoming").isDefined()
                ? (row.bool("connections.first.incoming", false) ? CallDirection.INCOMING : CallDirection.OUTGOING)
                : CallDirection.UNKNOWN;
        OffsetDateTime start = row.date("create_date");
        OffsetDateTime connected = row.date("connections.first.connected_date");
        OffsetDateTime disconnected = row.date("connections.first.disconnected_date");
        OffsetDateTime terminated = row.date("terminate_date");
        OffsetDateTime end = terminated != null ? terminated : disconnected;
        OffsetDateTime managed = task == null ? null : task.date("manage_date");
        CallState state;
        if (end != null) {
            state = CallState.ENDED;
        } else if (managed != null) {
            state = CallState.TALKING;
        } else if (task != null && taskActive) {
            state = CallState.WAITING;
        } else if (connected != null) {
            state = CallState.TALKING;
        } else {
            state = CallState.RINGING;
        }
        String queue = task == null ? "" : withoutProject(task.text("queue_name"));
        return new Call(row.objectId(), row.text("session_id"), direction,
                PartyNumber.fromUri(row.text("connections.first.remote_address")),
                PartyNumber.fromUri(row.text("connections.first.local_address")),
                queue, agentLogin, state, start, task != null ? managed : connected, end);
    }

    static QueueStats queue(Row row) {
        return new QueueStats(row.objectId(), row.text("name"), row.text("display_name"), row.text("queue_type"),
                row.bool("virtual_queue", false), (int) row.number("logged_sessions_count", 0),
                (int) row.number("working_sessions_count", 0), (int) row.number("waiting_tasks_count", 0),
                (int) row.number("running_tasks_count", 0), row.date("oldest_waiting_date"));
    }

    static SessionEvent event(Row row) {
        return new SessionEvent(row.objectId(), row.date("date"), row.text("source"), row.text("target"),
                row.text("state"), row.text("name"), row.text("string_data"));
    }
}
