package io.cccpexplorer.simulator.apply;

import io.cccpexplorer.protocol.rlog.ccxml.CcxmlRecord;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionConnected;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionDisconnected;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionRecord;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionTerminate;
import io.cccpexplorer.protocol.rlog.ccxml.DialogCreate;
import io.cccpexplorer.protocol.rlog.ccxml.DialogEnterItem;
import io.cccpexplorer.protocol.rlog.ccxml.DialogTerminate;
import io.cccpexplorer.protocol.rlog.ccxml.SessionAddStatistic;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.SessionDelete;
import io.cccpexplorer.protocol.rlog.ccxml.SessionEnterItem;
import io.cccpexplorer.protocol.rlog.ccxml.SessionEvent;
import io.cccpexplorer.protocol.rlog.ccxml.SessionLog;
import io.cccpexplorer.protocol.rlog.ccxml.SessionSemanticError;
import io.cccpexplorer.protocol.rlog.ccxml.SessionSetEntryPoint;
import io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.db.DbList;
import io.cccpexplorer.simulator.db.DbObject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Sessions, their connections, events, items and statistics (wire spec §6.2), and the global connection
 * statistics {@code incomings}/{@code outgoings} (+ one per stat_name) whose {@code current} counts live
 * connections. Dialogs do not become {@code interfaces} (observed: those come from other loggers).
 * A session enters the root's {@code sessions} at session_create; terminate and delete only date it (observed:
 * the vendor still lists deleted sessions of the loaded days). After a retention period in record time a
 * deleted session leaves the database with its tasks and file tasks (inferred; it bounds memory in long runs).
 */
final class SessionRules implements RecordRules {

    static final Duration DEFAULT_RETENTION = Duration.ofHours(1);

    private final DispatchIndex index;
    private final UserTaskRules userTasks;
    private final long retentionSeconds;
    private final Deque<DbObject> deleted = new ArrayDeque<>();

    SessionRules(DispatchIndex index, Duration retention, UserTaskRules userTasks) {
        this.userTasks = userTasks;
        this.index = index;
        this.retentionSeconds = retention.getSeconds();
    }

    /** Removes the sessions deleted more than the retention before {@code now}. */
    void purgeDeletedBefore(CccpDate now) {
        while (!deleted.isEmpty()) {
            DbObject s = deleted.peekFirst();
            if (!s.isDeleted() && now.seconds() - s.date("delete_date").seconds() < retentionSeconds) {
                return;
            }
            deleted.pollFirst();
            if (!s.isDeleted()) {
                purge(s);
            }
        }
    }

    @Override
    public boolean apply(CcxmlRecord record, CccpDate date) {
        if (record instanceof SessionCreate r) {
            create(r, date);
        } else if (record instanceof SessionSetEntryPoint r) {
            DbObject s = index.session(r.sessionId());
            if (s != null && s.classDef().field("entry_point") != null) {
                // observed: an empty display name is the entry point's name
                s.set("entry_point", r.entryPoint()).set("entry_point_display_name",
                        r.entryPointDisplayName().isEmpty() ? r.entryPoint() : r.entryPointDisplayName());
            }
        } else if (record instanceof SessionTerminate r) {
            DbObject s = index.session(r.sessionId());
            if (s != null) {
                // observed (followers of the sessions and calls across midnight): the dispatch pushes a terminate in
                // steps: the terminate date, the session's terminate item, the disconnects, then the event
                s.set("terminate_date", date);
                index.db.commit();
                SessionItems.terminated(s, date);
                index.db.commit();
                disconnectAll(s, date);
                index.db.commit();
                event(r.sessionId(), date, "", "", "", "terminated", "");
                index.db.commit();
                // observed (object ids): after the event, the running user tasks end, then the session's state
                boolean tasksEnded = s.classDef().isA("ccenter_dispatch_db_user_session")
                        && userTasks.sessionTerminated(s, date);
                endLogin(s, date, tasksEnded);
            }
        } else if (record instanceof SessionDelete r) {
            // observed (same): the delete date is pushed first, the "deleted" event after it
            delete(r.sessionId(), date);
            index.db.commit();
            event(r.sessionId(), date, "", "", "", "deleted", "");
        } else if (record instanceof DialogCreate r) {
            event(r.sessionId(), date, r.dialogId(), "", "", "create " + r.type(), r.pathName());
        } else if (record instanceof DialogEnterItem r) {
            dialogItem(r, date);
        } else if (record instanceof DialogTerminate r) {
            event(r.sessionId(), date, r.dialogId(), "", "", "terminate dialog", r.reason());
        } else if (record instanceof SessionEvent r) {
            event(r.sessionId(), date, r.sourceId(), r.targetId(), r.state(), r.name(), r.stringData());
        } else if (record instanceof SessionLog r) {
            // inferred: a script log line shows in the session console as an event named after its type
            event(r.sessionId(), date, r.sourceId(), "", "", r.type(), r.stringData());
        } else if (record instanceof SessionSemanticError r) {
            // observed shape: "semantic of <tag>.<attribute> : <value>", the reason as data
            event(r.sessionId(), date, r.sourceId(), "", "",
                    "semantic of " + r.tagName() + "." + r.attributeName() + " : " + r.attributeValue(), r.reason());
        } else if (record instanceof SessionAddStatistic r) {
            statistic(r, date);
        } else if (record instanceof SessionEnterItem r) {
            enterItem(r, date);
        } else if (record instanceof ConnectionCreate r) {
            connectionCreate(r, date);
        } else if (record instanceof ConnectionConnected r) {
            connectionConnected(r, date);
        } else if (record instanceof ConnectionDisconnected r) {
            // observed (a follower of the calls across midnight): the disconnected item is pushed before the
            // connection's disconnected date (the connection statistics exist since the connection's create)
            disconnectedItem(r.sessionId(), date);
            index.db.commit();
            connectionEnds(r.sessionId(), r.connectionId(), "disconnected_date", date);
        } else if (record instanceof ConnectionTerminate r) {
            connectionEnds(r.sessionId(), r.connectionId(), "terminate_date", date);
        } else if (record instanceof ConnectionRecord r) {
            DbObject c = connection(r.sessionId(), r.connectionId());
            if (c != null) {
                c.set("record_uri", r.uri());
            }
        } else {
            return false;
        }
        return true;
    }

    /** Observed: a user session that ends without logout no longer counts as logged for its user. */
    private void endLogin(DbObject s, CccpDate date, boolean tasksEnded) {
        if (s.classDef().field("logged") == null) {
            return;
        }
        // observed (a follower of the agent sessions across midnight): once its tasks ended (UserTaskRules
        // sessionTerminated), the session shows no last task
        // observed: a terminated user session shows the "no task" look (after a logout too)
        s.set("last_task_display_name", "")
                .set("last_task_display_color", AgentRules.NO_TASK_COLOR)
                .set("last_task_display_order", AgentRules.NO_TASK_ORDER);
        if (!tasksEnded && !s.list("user_tasks").isEmpty()) {
            // observed (a recorded day whose tasks all end at their wrap-up's end, agents logging out idle): a session
            // whose tasks all ended shows no last task event and no idle date, and its user the "no task" look (as
            // when the terminate ends tasks); one that never had a task keeps its idle look (ObjectIdAllocationTest)
            s.set("last_task_event_date", CccpDate.NIL).set("idle_date", CccpDate.NIL);
            DbObject owner = s.ref("user");
            if (owner != null) {
                UserTaskRules.showNoTask(owner);
            }
        }
        // observed: the terminate ends the current state (not the logout before it), and its user shows no last state
        if (!s.list("states").isEmpty() && s.list("states").last().date("end_date").isNil()) {
            DbObject user = s.ref("user");
            DbObject state = s.list("states").last();
            List<String> idle = DurationStatistics.ofState(state).stream()
                    .map(key -> key + DurationStatistics.IDLE_SUFFIX).toList();
            if (user != null) {
                // observed (object ids): its tasks ended, the session is idle: the "_idle" statistics of its state
                // and of the state's group exist (created in that order when missing)
                idle.forEach(key -> DurationStatistics.ensure(user, key));
            }
            AgentRules.closeState(index, s, date);
            if (user != null) {
                if (tasksEnded) {
                    // observed (agents logging out in a task's wrap-up): idle once its tasks ended, the session starts
                    // an idle period of its state that nothing ends: the user's statistics show it running from the
                    // terminate, beside the periods of the user's next session (max('0') 2)
                    idle.forEach(key -> DurationStatistics.startPeriod(user, key, date));
                }
                user.set("last_state_name", "").set("last_state_group", "").set("last_state_display_name", "")
                        .set("last_state_date", CccpDate.NIL);
            }
        }
        if (s.bool("logged")) {
            s.set("logged", false).set("logout_date", date);
            DbObject user = s.ref("user");
            if (user != null) {
                user.set("logged_count", Math.max(0, user.u32("logged_count") - 1));
                DurationStatistics.stop(user, DurationStatistics.LOGGED, date);
            }
        }
    }

    private void create(SessionCreate r, CccpDate date) {
        DbObject s = index.session(r.sessionId());
        if (s == null) {
            s = index.ensureSession(r.sessionId(), r.sessionType(), date);
        }
        s.set("project_name", index.project(r.sessionProjectName()));
        if (!r.sessionProjectPath().isEmpty()) {
            s.set("project_path", r.sessionProjectPath());
        }
    }

    private void delete(String sessionId, CccpDate date) {
        DbObject s = index.session(sessionId);
        if (s == null || !s.date("delete_date").isNil()) {
            return;
        }
        s.set("delete_date", date);
        deleted.addLast(s);
        if (s.classDef().isA("ccenter_dispatch_db_user_session")) {
            userTasks.sessionDeleted(s, date);
        }
    }

    private void purge(DbObject s) {
        index.idleSince.remove(s);
        String sessionId = s.string("session_id");
        if (index.sessions.get(sessionId) == s) {
            index.sessions.remove(sessionId);
        }
        for (DbObject task : index.tasksOfSession.getOrDefault(sessionId, List.of())) {
            index.tasks.remove(DispatchIndex.taskKey(sessionId, task.string("task_id")));
            index.db.delete(task);
        }
        for (DbObject ft : index.fileTasksOfSession.getOrDefault(sessionId, List.of())) {
            index.fileTasks.remove(DispatchIndex.taskKey(sessionId, ft.string("task_id")));
            DbObject queue = index.queues.get(ft.string("queue_name"));
            if (queue != null) {
                index.waiting(queue).remove(ft);
                index.contact(queue).remove(ft);
            }
            index.db.delete(ft);
        }
        index.tasksOfSession.remove(sessionId);
        index.fileTasksOfSession.remove(sessionId);
        DbObject user = s.classDef().field("user") == null ? null : s.ref("user");
        if (user != null) {
            for (DbObject ref : new ArrayList<>(user.list("sessions").items())) {
                if (ref.ref("session") == s) {
                    index.db.delete(ref);
                }
            }
            for (DbObject task : s.list("user_tasks").items()) {
                index.forgetUserTask(task);
            }
        }
        index.db.delete(s);
    }

    private void event(String sessionId, CccpDate date, String source, String target, String state, String name,
                       String data) {
        DbObject s = index.session(sessionId);
        if (s != null) {
            s.list("events").append("ccenter_dispatch_db_event")
                    .set("date", date).set("source", source).set("target", target)
                    .set("state", state).set("name", name).set("string_data", data);
        }
    }

    /** A named session statistic: updated in place if known, and logged as a "statistic" event (observed). */
    private void statistic(SessionAddStatistic r, CccpDate date) {
        DbObject s = index.session(r.sessionId());
        if (s == null) {
            return;
        }
        DbObject stat = null;
        for (DbObject o : s.list("statistics").items()) {
            if (o.string("name").equals(r.name())) {
                stat = o;
            }
        }
        // observed: the "statistic" event is created before a new statistic (object ids)
        event(r.sessionId(), date, r.sessionId(), "", "", "statistic", r.name() + "=" + r.value());
        if (stat == null) {
            stat = s.list("statistics").append("ccenter_dispatch_db_statistic").set("name", r.name());
        }
        stat.set("date", date).set("value", r.value());
    }

    /** A dialog (voice menu) entering an item: an item of the session and an "enter dialog" event (observed). */
    private void dialogItem(DialogEnterItem r, CccpDate date) {
        DbObject s = index.session(r.sessionId());
        if (s == null) {
            return;
        }
        DbList items = s.list("items");
        String where = r.itemId().isEmpty() ? r.formId() : r.formId() + "." + r.itemId();
        // observed: the event is created before the item (object ids)
        event(r.sessionId(), date, r.dialogId(), "", "", "enter dialog",
                r.promptCounter() > 0 ? where + " : " + r.promptCounter() : where);   // observed shape
        // observed: a dialog item ends when it starts, its result_name is "dialog"
        DbObject item = items.append("ccenter_dispatch_db_item")
                .set("start_date", date).set("end_date", date).set("source", r.dialogId()).set("form", r.formId())
                .set("item", r.itemId()).set("prompt_counter", r.promptCounter()).set("item_rank", r.rank())
                .set("result_name", "dialog").set("compute_duration", r.computeDuration());
        // observed: a voice menu's item is the call's current item
        SessionItems.reached(s, item, where, r.rank(), date);
    }

    /**
     * Observed: every disconnected connection adds an item to its session (also after the session's delete):
     * source = the session id, form "disconnected", no item name, result_name "connection", ending when it
     * starts; it becomes the session's current and {@code disconnected_item}.
     */
    private void disconnectedItem(String sessionId, CccpDate date) {
        DbObject s = index.session(sessionId);
        if (s == null) {
            return;
        }
        DbObject previous = s.list("items").last();
        if (previous != null) {
            s.set("disconnected_item", previous);   // observed: the item the caller was in
        }
        DbObject item = s.list("items").append("ccenter_dispatch_db_item")
                .set("start_date", date).set("end_date", date).set("source", sessionId).set("form", "disconnected")
                .set("result_name", "connection");
        SessionItems.reached(s, item, "disconnected", 0, date);
    }

    /**
     * A session-level item (observed): a "history" event naming it, then the item (source = the session); its name
     * is {@code name.item_name}, or {@code name} alone when the item name is empty.
     */
    private void enterItem(SessionEnterItem r, CccpDate date) {
        DbObject s = index.session(r.sessionId());
        if (s == null) {
            return;
        }
        String name = r.itemName().isEmpty() ? r.name() : r.name() + "." + r.itemName();
        event(r.sessionId(), date, r.sessionId(), "", "", "history", name);
        DbObject item = s.list("items").append("ccenter_dispatch_db_item")
                .set("start_date", date).set("end_date", date).set("source", r.sessionId()).set("item", r.itemName())
                .set("form", r.name()).set("item_rank", r.rank()).set("result", r.result())
                .set("result_name", r.resultName()).set("compute_duration", r.computeDuration());
        SessionItems.reached(s, item, name, r.rank(), date);
    }

    private void connectionCreate(ConnectionCreate r, CccpDate date) {
        DbObject s = index.session(r.sessionId());
        if (s == null) {
            return;
        }
        s.list("connections").append("ccenter_dispatch_db_connection")
                .set("connection_id", r.connectionId()).set("call_id", r.callId())
                .set("session_instance_id", r.sessionInstanceId()).set("create_date", date)
                .set("remote_name", r.remoteName()).set("remote_address", r.remoteAddress())
                .set("remote_contact", r.remoteContact()).set("local_name", r.localName())
                .set("local_address", r.localAddress()).set("aai", r.aai())
                .set("hidden_number", r.hiddenNumber()).set("incoming", r.incomingCall())
                .set("stat_name", r.statName());
        s.set("last_call_id", r.callId());
    }

    /** Observed: the global connection statistics count connected connections, created at the first connect. */
    private void connectionConnected(ConnectionConnected r, CccpDate date) {
        DbObject c = connection(r.sessionId(), r.connectionId());
        if (c == null) {
            return;
        }
        boolean counted = !c.date("connected_date").isNil();
        c.set("connected_date", date);
        if (!counted && c.date("disconnected_date").isNil() && c.date("terminate_date").isNil() && !reusesId(c)) {
            String direction = c.bool("incoming") ? "incoming" : "outgoing";
            index.db.commit();   // one push per statistic, the total first (as for the decrements below)
            statistic(direction + "s", +1, date);
            index.db.commit();
            statistic(direction + "_" + c.string("stat_name"), +1, date);
        }
    }

    /**
     * Observed (the connection statistics of a recording across midnight): a connection created with the id of an
     * earlier connection of its session (a transfer's second agent leg) is listed, but its connect and disconnect
     * do not move the global connection statistics.
     */
    private static boolean reusesId(DbObject c) {
        for (DbObject other : c.father().list("connections").items()) {
            if (other == c) {
                return false;
            }
            if (other.u32("connection_id") == c.u32("connection_id")) {
                return true;
            }
        }
        return false;
    }

    /** Moves the {@code current} of a global uint_32_max statistic, created on first use. */
    private void statistic(String name, int delta, CccpDate date) {
        DbObject stat = index.statistics.get(name);
        if (stat == null) {
            stat = index.root().list("array_statistics").append("consistent_db_array_statistic_uint_32_max");
            stat.set("name", name);
            index.statistics.put(name, stat);
        }
        int before = stat.u32("current");
        int after = Math.max(0, before + delta);
        stat.tally().changed(date.seconds(), before, after);   // observed: max('0') = peak
        stat.set("current", after);
    }

    /**
     * Observed: a session's terminate disconnects its connected connections at that date; the disconnected record
     * that arrives later keeps that date (it still adds its item).
     */
    private void disconnectAll(DbObject s, CccpDate date) {
        for (DbObject c : s.list("connections").items()) {
            if (!c.date("connected_date").isNil()) {
                end(c, "disconnected_date", date);
            }
        }
    }

    private void connectionEnds(String sessionId, int connectionId, String field, CccpDate date) {
        DbObject c = connection(sessionId, connectionId);
        if (c != null) {
            end(c, field, date);
        }
    }

    private void end(DbObject c, String field, CccpDate date) {
        if (!c.date(field).isNil()) {
            return;
        }
        boolean wasLive = !c.date("connected_date").isNil() && c.date("disconnected_date").isNil()
                && c.date("terminate_date").isNil();
        c.set(field, date);
        if (wasLive && !reusesId(c)) {
            String direction = c.bool("incoming") ? "incoming" : "outgoing";
            // observed (a follower of the array statistics across midnight): the total is pushed before the
            // entry point's
            index.db.commit();
            statistic(direction + "s", -1, date);
            index.db.commit();
            statistic(direction + "_" + c.string("stat_name"), -1, date);
        }
    }

    private DbObject connection(String sessionId, int connectionId) {
        DbObject s = index.session(sessionId);
        if (s == null) {
            return null;
        }
        DbList connections = s.list("connections");
        for (int i = connections.size() - 1; i >= 0; i--) {
            if (connections.get(i).u32("connection_id") == connectionId) {
                return connections.get(i);
            }
        }
        return null;
    }
}
