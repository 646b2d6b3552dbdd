package io.cccpexplorer.simulator;

import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.ccxml.CcxmlRecord;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.LoginOk;
import io.cccpexplorer.protocol.rlog.ccxml.Logout;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.SessionDelete;
import io.cccpexplorer.protocol.rlog.ccxml.SessionEvent;
import io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManagementEffective;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManaging;
import io.cccpexplorer.protocol.rlog.ccxml.TaskResult;
import io.cccpexplorer.protocol.rlog.ccxml.TaskStart;
import io.cccpexplorer.protocol.rlog.ccxml.UserState;
import io.cccpexplorer.protocol.wire.CccpDate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthesized ccxml records for tests (invented names and fictional numbers), stamped from a fixed start
 * (2026-02-08 09:00 UTC, offset +01:00), one second apart unless told.
 */
public final class TestRecords {

    public static final Instant START = Instant.parse("2026-02-08T09:00:00Z");
    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(1);
    public static final String PROJECT = "ACME";

    private final List<RlogEntry> entries = new ArrayList<>();
    private Instant now = START;
    private int number;

    public static CccpDate date(Instant instant) {
        return CccpDate.of(instant, OFFSET);
    }

    /** Moves the clock forward. */
    public TestRecords after(long seconds) {
        now = now.plusSeconds(seconds);
        return this;
    }

    /** Moves the clock forward by a fraction of a second (rules that compare dates to the microsecond). */
    public TestRecords afterMillis(long millis) {
        now = now.plusMillis(millis);
        return this;
    }

    public Instant now() {
        return now;
    }

    public TestRecords add(CcxmlRecord record) {
        entries.add(new RlogEntry(date(now), ++number, record));
        return this;
    }

    /** An agent session: session_create (type 3), login_ok, an "available" state. */
    public TestRecords agentLogsIn(String sessionId, String login, String name, int userObjectId, String profile) {
        add(new SessionCreate(sessionId, 3, false, PROJECT, "/" + PROJECT));
        add(new LoginOk(sessionId, login, name, userObjectId, "supervisor interface", 1, profile, 7, "default",
                "Default", "/default", "user_" + userObjectId, 1234));
        return add(new UserState(sessionId, 1, "available", "Disponible", "", "", 0, "ready", "#00ff00", 0));
    }

    public TestRecords agentState(String sessionId, int stateId, String name, String displayName) {
        return add(new UserState(sessionId, stateId, name, displayName, "", "", 0, "pause", "#ff0000", 0));
    }

    public TestRecords agentLogsOut(String sessionId, int userObjectId) {
        add(new Logout(sessionId, userObjectId));
        return add(new SessionTerminate(sessionId));
    }

    /** An incoming call: session_create (type 1), connection_create, an event. */
    public TestRecords callArrives(String sessionId, String caller, String called) {
        add(new SessionCreate(sessionId, 1, false, PROJECT, "/" + PROJECT));
        add(new ConnectionCreate(sessionId, 1, "call_" + sessionId, "", "sip:" + caller + "@192.0.2.1",
                "sip:" + caller + "@192.0.2.1", "", "sip:" + called + "@192.0.2.1", "", 0, false, true, "GATE"));
        return add(new SessionEvent(sessionId, "src", "tgt", "ALERTING", "connection.alerting", "ringing", null));
    }

    public TestRecords callQueued(String sessionId, String taskId, String queue) {
        return add(new TaskStart(sessionId, taskId, "1", "queue", PROJECT + "__" + queue, "inbound", date(now), 1.0, 0,
                null, ""));
    }

    /** The agent's answer and its effect (the task's manager shows from the effect on). */
    public TestRecords callAnswered(String sessionId, String taskId, String agentSessionId) {
        add(new TaskManaging(sessionId, taskId, agentSessionId, "user"));
        return add(new TaskManagementEffective(sessionId, taskId, agentSessionId, "user"));
    }

    public TestRecords callEnds(String sessionId, String taskId) {
        add(new TaskResult(sessionId, taskId, "ok", null));
        return add(new SessionTerminate(sessionId));
    }

    public TestRecords callDeleted(String sessionId) {
        return add(new SessionDelete(sessionId));
    }

    /** The entries so far, and forgets them (the clock keeps running). */
    public List<RlogEntry> take() {
        List<RlogEntry> out = List.copyOf(entries);
        entries.clear();
        return out;
    }
}
