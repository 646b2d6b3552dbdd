package io.cccpexplorer.dashboard.browser;

import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.ccxml.CcxmlRecord;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionConnected;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionDisconnected;
import io.cccpexplorer.protocol.rlog.ccxml.LoginOk;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate;
import io.cccpexplorer.protocol.rlog.ccxml.TaskAlerting;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManagementEffective;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManaging;
import io.cccpexplorer.protocol.rlog.ccxml.TaskPostManaging;
import io.cccpexplorer.protocol.rlog.ccxml.TaskResult;
import io.cccpexplorer.protocol.rlog.ccxml.TaskStart;
import io.cccpexplorer.protocol.rlog.ccxml.UserState;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskCreate;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskManage;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskManagementEffective;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskPostManaging;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskState;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.Credentials;
import io.cccpexplorer.simulator.LiveDatabase;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A real CCCP server (our simulator, a project without traffic) whose records the test writes one step at a time:
 * the dashboard reaches it through cccp-client like any server, so what the browser shows went through the wire,
 * the live lists and the model's rules. Records are stamped with the real time (the page shows today's calls) and
 * use invented names and fictional numbers.
 */
final class ScriptedServer implements AutoCloseable {

    static final String PROJECT = "FLOW";
    static final String QUEUE = PROJECT + "__SALES";
    private static final String LOGIN = "dashboard";
    private static final String PASSWORD = "scripted";
    private static final ZoneOffset OFFSET = ZoneOffset.ofHours(1);

    private final RunningSimulator simulator;
    private int number;

    ScriptedServer() throws Exception {
        simulator = Simulator.start(SimulatorConfig.builder().bindAddress("127.0.0.1")
                .project(ProjectConfig.empty(PROJECT, 0)).credentials(Credentials.of(LOGIN, PASSWORD))
                .serverOffset(OFFSET).build());
    }

    /** A dashboard serving only this project. */
    DashboardConfig.Builder dashboard() {
        return DashboardConfig.builder().port(0).simulator(false)
                .server(new ServerEntry(PROJECT, "127.0.0.1", simulator.project(PROJECT).port(), 0, "scripted",
                        ServerEntry.Source.CONFIG))
                .cccpCredentials(LOGIN, PASSWORD).zone(OFFSET);
    }

    /** An agent session logs in and becomes available ("Disponible"). */
    void agentLogsIn(String session, String login, int userId) {
        apply(new SessionCreate(session, 3, false, PROJECT, "/" + PROJECT),
                new LoginOk(session, login, "Agent " + login, userId, "agent", 1, "Agent", 7,
                        "default", "Default", "/default", "user_" + userId, 1234),
                new UserState(session, 1, "available", "Disponible", "", "", 0, "ready", "#00ff00", 0));
    }

    /** The agent chooses a pause state (its display name is the pause reason the server gives). */
    void agentPauses(String session, String displayName) {
        apply(new UserState(session, 4, "pause", displayName, "", "", 0, "pause", "#ff0000", 0));
    }

    /** An incoming call is answered by the platform: the voice menu (no queue yet). */
    void callArrives(String session, String caller) {
        apply(new SessionCreate(session, 1, false, "", ""),
                new ConnectionCreate(session, 1, "call_" + session, caller, "sip:" + caller + "@192.0.2.1",
                        "sip:gw@192.0.2.1", "", "sip:0800000047@198.51.100.20", "", 0, false, true, "ENTRY"),
                new ConnectionConnected(session, 1));
    }

    void callQueued(String session, String task) {
        apply(new TaskStart(session, task, "call_" + session, "queue", QUEUE, "SALES", date(Instant.now()), 1.0, 0,
                null, ""));
    }

    /** The call is offered to the agent: the queue task alerts, the agent's session gets a ringing user task. */
    void callOffered(String session, String task, String agentSession, int agentUserId) {
        apply(new TaskAlerting(session, task, agentSession, "user_" + agentUserId),
                new UserTaskCreate(agentSession, 1, 1, QUEUE, "SALES", "#FFAB00", 1, 0),
                new UserTaskState(agentSession, 1, 1, "alerting", "Sonnerie", "#FFAB00", 1, 0));
    }

    void callAnswered(String session, String task, String agentSession, int agentUserId) {
        apply(new TaskManaging(session, task, agentSession, "user_" + agentUserId),
                new ConnectionCreate(session, 2, "agent_" + session, "", "tel:0100000001", "tel:0100000001", "",
                        "", "", 0, false, false, ""),
                new ConnectionConnected(session, 2),
                new TaskManagementEffective(session, task, agentSession, "user_" + agentUserId),
                new UserTaskManage(agentSession, 1), new UserTaskManagementEffective(agentSession, 1),
                new UserTaskState(agentSession, 1, 2, "managing", "En communication", "#FF5630", 2, 0));
    }

    /**
     * The caller hangs up after the conversation: the task ends as handled, the session terminates, the agent's
     * user task moves to after-call work.
     */
    void callEnds(String session, String task, String agentSession, int agentUserId) {
        apply(new ConnectionDisconnected(session, 1, "Bye received"),
                new TaskPostManaging(session, task, agentSession, "user_" + agentUserId),
                new TaskResult(session, task, "managed", null),
                new ConnectionDisconnected(session, 2, "Bye accepted"),
                new SessionTerminate(session),
                new UserTaskPostManaging(agentSession, 1),
                new UserTaskState(agentSession, 1, 3, "post_managing", "Post-appel", "#4C9AFF", 3, 0));
    }

    private void apply(CcxmlRecord... records) {
        List<RlogEntry> entries = new ArrayList<>();
        for (CcxmlRecord r : records) {
            entries.add(new RlogEntry(date(Instant.now()), ++number, r));
        }
        database().apply(entries);
    }

    private LiveDatabase database() {
        return simulator.project(PROJECT).database();
    }

    private static CccpDate date(Instant instant) {
        return CccpDate.of(instant, OFFSET);
    }

    @Override
    public void close() {
        simulator.close();
    }
}
