package io.cccpexplorer.simulator.apply;

import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys records use to name database objects (session id strings, logins, queue names, task ids), mapped to
 * the objects, so that applying a record costs a few hash lookups. Owned by one {@link RecordApplier}.
 */
final class DispatchIndex {

    final DispatchDatabase db;
    /** The dispatch's own project: sessions whose records name none belong to it. */
    final String projectName;
    /**
     * The project path of the sessions and users it creates: "/PROJECT" by default; a replaying dispatch uses the
     * instance folder of the logs it reads (observed "_" for Logger/PROJECT/_/...).
     */
    String projectPath;
    final Map<String, DbObject> sessions = new HashMap<>();
    final Map<String, DbObject> usersByLogin = new HashMap<>();
    final Map<Integer, DbObject> usersByObjectId = new HashMap<>();
    final Map<String, DbObject> groups = new HashMap<>();
    final Map<String, DbObject> queues = new HashMap<>();
    final Map<String, DbObject> userTasks = new HashMap<>();
    private final Map<DbObject, String> userTaskKeys = new IdentityHashMap<>();
    final Map<String, DbObject> tasks = new HashMap<>();
    final Map<String, DbObject> fileTasks = new HashMap<>();
    final Map<String, DbObject> registers = new HashMap<>();
    final Map<String, DbObject> statistics = new HashMap<>();
    /** The tasks and file tasks of each call session, dropped with it. */
    final Map<String, List<DbObject>> tasksOfSession = new HashMap<>();
    final Map<String, List<DbObject>> fileTasksOfSession = new HashMap<>();
    /** Per queue, its file tasks waiting and in contact, oldest first (for oldest_*_date). */
    final Map<DbObject, Set<DbObject>> waitingByQueue = new HashMap<>();
    final Map<DbObject, Set<DbObject>> contactByQueue = new HashMap<>();

    DispatchIndex(DispatchDatabase db, String projectName) {
        this.db = db;
        this.projectName = projectName;
        this.projectPath = "/" + projectName;
    }

    /** {@code value} unless empty, else the dispatch's project. */
    String project(String value) {
        return value == null || value.isEmpty() ? projectName : value;
    }

    DbObject root() {
        return db.root();
    }

    /** The class a ccxml session type maps to (wire spec §6.2). */
    static String sessionClass(int sessionType) {
        return switch (sessionType) {
            case 1 -> "ccenter_dispatch_db_call_session";
            case 3 -> "ccenter_dispatch_db_user_session";
            case 4 -> "ccenter_dispatch_db_explorer_session";
            default -> "ccenter_dispatch_db_session";
        };
    }

    DbObject session(String sessionId) {
        return sessions.get(sessionId);
    }

    /**
     * The session called {@code sessionId}; created with {@code type} if a record names it before its
     * session_create (a day loaded in the middle of a session, inferred).
     */
    DbObject ensureSession(String sessionId, int type, CccpDate date) {
        DbObject s = sessions.get(sessionId);
        if (s == null) {
            s = db.newObject(sessionClass(type));
            s.set("session_id", sessionId).set("session_type", type).set("create_date", date)
                    .set("project_name", projectName).set("project_path", projectPath);
            db.root().list("sessions").add(s);
            sessions.put(sessionId, s);
        }
        return s;
    }

    DbObject ensureGroup(String path, String name, String displayName, String projectName) {
        String key = path == null || path.isEmpty() ? "/" + name : path;
        DbObject g = groups.get(key);
        if (g == null) {
            g = db.root().list("groups").append("ccenter_dispatch_db_group");
            g.set("path", key).set("display_name", displayName).set("project_name", project(projectName));
            groups.put(key, g);
        }
        return g;
    }

    DbObject ensureQueue(String name, String queueType, String taskName, CccpDate date) {
        DbObject q = queues.get(name);
        if (q == null) {
            q = db.root().list("queues").appendInferred("ccenter_dispatch_db_queue");   // see INFERRED_IDS
            String shortName = name.contains("__") ? name.substring(name.indexOf("__") + 2) : name;
            q.set("id", name).set("name", name).set("display_name", shortName).set("code", shortName)
                    .set("queue_type", queueType).set("task_name", taskName)
                    .set("virtual_queue", shortName.startsWith("VQ_")).set("running", true).set("start_date", date);
            queues.put(name, q);
        }
        return q;
    }

    Set<DbObject> waiting(DbObject queue) {
        return waitingByQueue.computeIfAbsent(queue, k -> new LinkedHashSet<>());
    }

    Set<DbObject> contact(DbObject queue) {
        return contactByQueue.computeIfAbsent(queue, k -> new LinkedHashSet<>());
    }

    void putUserTask(String key, DbObject task) {
        userTasks.put(key, task);
        userTaskKeys.put(task, key);
    }

    /**
     * The start of each user session's running idle period, the one its state's {@code _idle} statistics count
     * (observed: the user's statistics count periods, and a period the terminate starts never ends).
     */
    final Map<DbObject, CccpDate> idleSince = new IdentityHashMap<>();

    /**
     * The date of the record being applied as the dispatch's double, before its stored date truncates the
     * microseconds ({@link DispatchTime}): what the dispatch measures a task's seconds with.
     */
    double recordTime;

    /** Each running user task's start as {@link #recordTime} had it. */
    final Map<DbObject, Double> userTaskStarts = new IdentityHashMap<>();

    /** The date of the latest record about each user task (what an agent session shows of its running tasks). */
    final Map<DbObject, CccpDate> userTaskEventDates = new IdentityHashMap<>();

    void forgetUserTask(DbObject task) {
        userTaskEventDates.remove(task);
        userTaskStarts.remove(task);
        String key = userTaskKeys.remove(task);
        if (key != null) {
            userTasks.remove(key);
        }
    }

    void addTask(String sessionId, DbObject task, DbObject fileTask) {
        tasksOfSession.computeIfAbsent(sessionId, k -> new ArrayList<>(1)).add(task);
        fileTasksOfSession.computeIfAbsent(sessionId, k -> new ArrayList<>(1)).add(fileTask);
    }

    static String userTaskKey(String sessionId, int taskLoggerId) {
        return sessionId + '#' + taskLoggerId;
    }

    static String taskKey(String sessionId, String taskId) {
        return sessionId + '#' + taskId;
    }
}
