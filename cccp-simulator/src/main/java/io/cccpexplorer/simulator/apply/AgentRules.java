package io.cccpexplorer.simulator.apply;

import io.cccpexplorer.protocol.rlog.ccxml.CcxmlRecord;
import io.cccpexplorer.protocol.rlog.ccxml.LoginOk;
import io.cccpexplorer.protocol.rlog.ccxml.Logout;
import io.cccpexplorer.protocol.rlog.ccxml.SetInstancesCount;
import io.cccpexplorer.protocol.rlog.ccxml.SetUserMode;
import io.cccpexplorer.protocol.rlog.ccxml.UserPhoneNumber;
import io.cccpexplorer.protocol.rlog.ccxml.UserRegister;
import io.cccpexplorer.protocol.rlog.ccxml.UserState;
import io.cccpexplorer.protocol.rlog.ccxml.UserStillInState;
import io.cccpexplorer.protocol.rlog.ccxml.UserStillLogged;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.db.DbList;
import io.cccpexplorer.simulator.db.DbObject;

/**
 * Agents: users, groups, user sessions (login, mode, phone, states) and phone registrations (wire spec §6.3).
 * Users are keyed by login and created on their first login; a user session references its user and the user
 * lists references to its sessions and states, so {@code sessions.last.session} is the current one. Group
 * counters are not derived from ccxml records (observed: the vendor leaves them at 0 on replayed logs).
 */
final class AgentRules implements RecordRules {

    private static final int USER_SESSION = 3;
    /**
     * How many user tasks a session keeps, and task references its user: observed, the dispatch kept all 114 and
     * 106 task references of two agents' 9-hour day (a bound of 100, inferred before, cut them); bounded so that a
     * long-running simulated center's memory stays bounded.
     */
    static final int TASK_HISTORY = 1_000;
    /**
     * How many states a session (and its user's references) keeps: observed, the dispatch kept all 111 states of an
     * 8-hour session; bounded so that a long-running simulated center's memory stays bounded.
     */
    static final int STATE_HISTORY = 1_000;
    /** Observed look of "no task" (a new user, a terminated user session). */
    static final String NO_TASK_COLOR = "#000000";
    static final int NO_TASK_ORDER = 1_000_000;

    private final DispatchIndex index;

    AgentRules(DispatchIndex index) {
        this.index = index;
    }

    @Override
    public boolean apply(CcxmlRecord record, CccpDate date) {
        if (record instanceof LoginOk r) {
            login(r.sessionId(), r.login(), r.name(), r.userObjectId(), r.mode(), r.instancesCount(),
                    r.profileName(), r.profileId(), r.groupName(), r.groupDisplayName(), r.groupPath(), r.userId(),
                    r.version(), date, true);
        } else if (record instanceof UserStillLogged r) {
            login(r.sessionId(), r.login(), r.name(), r.userObjectId(), r.mode(), r.instancesCount(),
                    r.profileName(), r.profileId(), r.groupName(), r.groupDisplayName(), r.groupPath(), r.userId(),
                    r.version(), date, false);
        } else if (record instanceof Logout r) {
            logout(r.sessionId(), date);
        } else if (record instanceof UserState r) {
            state(r.sessionId(), r.stateId(), r.name(), r.displayName(), r.idleDisplayName(), r.idleDisplayColor(),
                    r.idleDisplayOrder(), r.group(), r.displayColor(), date, true);
        } else if (record instanceof UserStillInState r) {
            state(r.sessionId(), r.stateId(), r.name(), r.displayName(), r.idleDisplayName(), r.idleDisplayColor(),
                    r.idleDisplayOrder(), r.group(), r.displayColor(), date, false);
        } else if (record instanceof SetUserMode r) {
            DbObject s = userSession(r.sessionId());
            if (s != null) {
                s.set("current_mode", r.mode());
            }
        } else if (record instanceof SetInstancesCount r) {
            DbObject s = userSession(r.sessionId());
            if (s != null) {
                s.set("instances_count", r.instancesCount());
            }
        } else if (record instanceof UserPhoneNumber r) {
            DbObject s = userSession(r.sessionId());
            if (s != null) {
                s.set("phone_uri", r.uri()).set("phone_contact_uri", r.contactUri());
            }
        } else if (record instanceof UserRegister r) {
            register(r, date);
        } else {
            return false;
        }
        return true;
    }

    private DbObject userSession(String sessionId) {
        DbObject s = index.session(sessionId);
        return s != null && s.classDef().isA("ccenter_dispatch_db_user_session") ? s : null;
    }

    private void login(String sessionId, String login, String name, int userObjectId, String mode, int instances,
                       String profileName, int profileId, String groupName, String groupDisplayName,
                       String groupPath, String userId, int version, CccpDate date, boolean fresh) {
        DbObject known = index.session(sessionId);
        if (known != null && !known.classDef().isA("ccenter_dispatch_db_user_session")) {
            return;
        }
        String project = known != null ? known.string("project_name") : index.projectName;
        // observed creation order (object ids): the user, its group, the session, the user's "logged" duration
        // statistic, the user's reference to the session; each only if it does not exist yet
        DbObject user = index.usersByLogin.get(login);
        if (user == null) {
            user = index.root().list("users").append("ccenter_dispatch_db_user");
            // observed: a user that has shown no task yet has the "no task" look (black, order 1000000)
            user.set("login", login).set("project_name", project).set("project_path", index.projectPath)
                    .set("last_task_display_color", NO_TASK_COLOR).set("last_task_display_order", NO_TASK_ORDER);
            index.usersByLogin.put(login, user);
        }
        DbObject group = index.ensureGroup(groupPath, groupName, groupDisplayName, project);
        DbObject session = index.ensureSession(sessionId, USER_SESSION, date);
        user.set("name", name).set("user_object_id", userObjectId).set("user_id", userId).set("group", group);
        index.usersByObjectId.put(userObjectId, user);
        boolean wasLogged = session.bool("logged");
        // observed (a recording across midnight): the user_still_logged records of a day's first hour file say
        // mode "agent" while the dispatch keeps the mode the session set (set_user_mode "agent interface")
        String keptMode = fresh ? "" : session.string("current_mode");
        session.set("user", user).set("logged", true)
                .set("current_mode", keptMode == null || keptMode.isEmpty() ? mode : keptMode)
                .set("instances_count", instances)
                .set("profile_name", profileName).set("profile_id", profileId).set("client_version", version);
        if (fresh || session.date("login_date").isNil()) {
            session.set("login_date", date);
        }
        if (!wasLogged) {
            // observed (a follower of the users list across midnight): the user's logged_count is pushed on its own,
            // then its "logged" statistic starting; the statistic is created here the first time (object ids)
            boolean statisticKnown = DurationStatistics.find(user, DurationStatistics.LOGGED) != null;
            if (statisticKnown) {
                user.set("logged_count", user.u32("logged_count") + 1);
                index.db.commit();
            }
            DurationStatistics.start(user, DurationStatistics.LOGGED, date);
            if (!statisticKnown) {
                user.set("logged_count", user.u32("logged_count") + 1);
            }
        }
        DbList refs = user.list("sessions");
        DbObject last = refs.last();
        if (last == null || last.ref("session") != session) {
            refs.append("ccenter_dispatch_db_user_session_reference").set("session", session);
        }
    }

    private void logout(String sessionId, CccpDate date) {
        DbObject session = userSession(sessionId);
        if (session == null || !session.bool("logged")) {
            return;
        }
        // observed: the current state stays open until the session terminates (its end_date is the terminate's)
        session.set("logged", false).set("logout_date", date);
        DbObject user = session.ref("user");
        if (user != null) {
            // observed (a follower of the users list across midnight): logged_count pushed on its own, then the
            // "logged" statistic stopping
            user.set("logged_count", Math.max(0, user.u32("logged_count") - 1));
            index.db.commit();
            DurationStatistics.stop(user, DurationStatistics.LOGGED, date);
        }
    }

    private void state(String sessionId, int stateId, String name, String displayName, String idleDisplayName,
                       String idleDisplayColor, int idleDisplayOrder, String group, String displayColor,
                       CccpDate date, boolean fresh) {
        DbObject session = userSession(sessionId);
        if (session == null) {
            return;
        }
        DbObject current = session.list("states").last();
        if (!fresh && (current == null || current.u32("state_id") == stateId && current.date("end_date").isNil())) {
            return;   // observed: user_still_in_state creates no state; same state: nothing changes
        }
        closeState(index, session, date);
        DbObject user = session.ref("user");
        // observed: the statistics of the state and of its group come first (object ids), each created once;
        // the "_idle" ones only while the session runs no task (an agent busy with a task is not idle)
        boolean idle = !UserTaskRules.inTaskState(session);
        for (String key : DurationStatistics.ofState(name, group)) {
            DurationStatistics.enter(session, key);
            if (user != null) {
                DurationStatistics.start(user, key, date);
                if (idle) {
                    DurationStatistics.startPeriod(user, key + DurationStatistics.IDLE_SUFFIX, date);
                }
            }
        }
        if (idle && user != null) {
            index.idleSince.put(session, date);
        }
        trim(session.list("states"));
        DbObject state = session.list("states").append("ccenter_dispatch_db_user_state")
                .set("state_id", stateId).set("name", name).set("group", group).set("display_name", displayName)
                .set("display_color", displayColor).set("idle_display_name", idleDisplayName)
                .set("idle_display_color", idleDisplayColor)
                .set("idle_display_order", Integer.toString(idleDisplayOrder)).set("start_date", date);
        // observed: without a task, the session shows the state's idle look as its last task, idle since now, and
        // the state's date as its last task event; in a task state (a managed task's wrap-up included) a user state
        // moves none of the session's and user's last_task_* (a differential day with calls: an agent paused right
        // after user_task_managed shows that record's date)
        if (idle) {
            // observed: a state entered right after a task's end (within its second) leaves the end's date
            DispatchTime.moveHeldDate(session, "last_task_event_date", date);
            session.set("idle_date", date).set("last_task_display_name", idleDisplayName)
                    .set("last_task_display_color", idleDisplayColor).set("last_task_display_order", idleDisplayOrder);
        }
        if (user != null) {
            if (idle) {
                // observed (a recorded day whose tasks end at their wrap-up's end): the idle look names no task; its
                // date is held as the session's (ScenarioDays.offers: a state 1 ms after a task's end leaves the end's)
                DispatchTime.moveHeldDate(user, "last_task_event_date", date);
                user.set("last_task_name", "").set("last_task_display_name", idleDisplayName)
                        .set("last_task_display_color", idleDisplayColor)
                        .set("last_task_display_order", idleDisplayOrder);
            }
            user.list("states").append("ccenter_dispatch_db_user_state_reference").set("state", state);
            trim(user.list("states"));
            user.set("last_state_date", date).set("last_state_name", name).set("last_state_group", group)
                    .set("last_state_display_name", displayName);
        }
    }

    /** Keeps a state history bounded (the last {@link #STATE_HISTORY}). */
    private void trim(DbList states) {
        while (states.size() >= STATE_HISTORY) {
            index.db.delete(states.first());
        }
    }

    /**
     * Ends the session's current state and stops its statistics, and the session's idle period if one runs
     * (observed, see {@link DurationStatistics}).
     */
    static void closeState(DispatchIndex index, DbObject session, CccpDate date) {
        DbObject current = session.list("states").last();
        if (current != null && current.date("end_date").isNil()) {
            current.set("end_date", date);
            DbObject user = session.ref("user");
            CccpDate idleSince = index.idleSince.remove(session);
            for (String key : DurationStatistics.ofState(current)) {
                DurationStatistics.leave(session, key, current.date("start_date"), date);
                if (user != null) {
                    DurationStatistics.stop(user, key, date);
                    if (idleSince != null) {
                        DurationStatistics.endPeriod(user, key + DurationStatistics.IDLE_SUFFIX, idleSince, date);
                    }
                }
            }
        }
    }

    private void register(UserRegister r, CccpDate date) {
        DbObject reg = index.registers.get(r.phoneId());
        if (reg == null) {
            reg = index.root().list("user_registers").append("ccenter_dispatch_db_user_register");
            reg.set("date", date).set("phone_id", r.phoneId());
            index.registers.put(r.phoneId(), reg);
        }
        reg.set("last_date", date).set("user", index.usersByObjectId.get(r.userId())).set("call_id", r.callId())
                .set("contact", r.contact()).set("expires", r.expires()).set("expires_date", r.expiresDate());
    }
}
