package io.cccpexplorer.dashboard.browser;

import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.ConsoleEvent;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import io.cccpexplorer.dashboard.feed.LiveAgent;
import io.cccpexplorer.dashboard.feed.LiveCall;
import io.cccpexplorer.dashboard.feed.LiveQueue;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A project whose content the test controls exactly, served by the real dashboard through an in-memory feed:
 * {@value #AGENTS} ordinary agents plus one whose name is hostile markup, one queue with a hostile name, one call
 * with a hostile caller id and a console of three events. Tests change it while the browser watches.
 */
final class LabProject {

    static final String NAME = "LAB";
    static final int AGENTS = 30;
    static final int HOSTILE_AGENT_ID = 9;
    static final int CALL_ID = 77;
    static final String SESSION = "session_77@15101.1700000000.Ccxml.ps-lab";
    static final String HOSTILE_CALLER = "<img src=x onerror=alert(1)>";
    static final String HOSTILE_AGENT = "<svg onload=alert(2)>";
    static final String HOSTILE_QUEUE = "<b onmouseover=alert(3)>VIP</b>";
    static final String HOSTILE_DATA = "X-Trace: <script>alert(4)</script>";

    final InMemoryFeed feed = new InMemoryFeed(NAME, Clock.systemUTC());
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1)).withNano(0);
    private final Map<Integer, LiveAgent> agents = new HashMap<>();
    private int nextEventId = 1;

    LabProject() {
        feed.putQueue(new LiveQueue(40, HOSTILE_QUEUE, "Very important", "queue", false, 5, 1, 1, 1, 1,
                now.minusSeconds(20)));
        putAgent(new LiveAgent(HOSTILE_AGENT_ID, "user_9@15101.1700000000.Ccxml.ps-lab", "jdoe", HOSTILE_AGENT, NAME,
                "Agent_default", "agent", "En appel", now.minusSeconds(40), "tel:0100000001", List.of("VIP"),
                SESSION, now.minusMinutes(12)));
        for (int i = 1; i <= AGENTS; i++) {
            putAgent(agent(100 + i, String.format("agent%02d", i), "Disponible"));
        }
        feed.putCall(new LiveCall(CALL_ID, SESSION, LiveCall.Direction.INCOMING, HOSTILE_CALLER, "0800000047", "VIP",
                "jdoe", LiveCall.State.TALKING, now.minusSeconds(35), now.minusSeconds(25), null));
        addEvent("init", "connection.alerting", "The number called is sip:0800000047@10.0.0.1");
        addEvent("progress", "connection.connected", HOSTILE_DATA);
        addEvent("talking", "dialog.started", "Caller's number 0600000099 queued on VIP");
    }

    /** A plain agent, logged in {@code objectId} minutes ago. */
    LiveAgent agent(int objectId, String login, String state) {
        return new LiveAgent(objectId, "user_" + objectId + "@15101.1700000000.Ccxml.ps-lab", login,
                "Agent " + login.toUpperCase(java.util.Locale.ROOT), NAME, "Agent_default", "agent", state, now,
                "tel:01000" + objectId, List.of("VIP"), null, now.minusMinutes(objectId % 50));
    }

    /** Adds or replaces an agent; the dashboard receives it as a live change. */
    void putAgent(LiveAgent agent) {
        agents.put(agent.objectId(), agent);
        feed.putAgent(agent);
    }

    /** Changes one agent's state (a live "update" of that row). */
    void setState(int objectId, String state) {
        LiveAgent a = agents.get(objectId);
        putAgent(new LiveAgent(a.objectId(), a.sessionId(), a.login(), a.name(), a.project(), a.profile(), a.mode(),
                state, OffsetDateTime.now(ZoneOffset.ofHours(1)), a.phone(), a.queues(), a.currentCallSessionId(),
                a.loggedInSince()));
    }

    /** Logs an agent out (a live "remove"). */
    void removeAgent(int objectId) {
        agents.remove(objectId);
        feed.removeAgent(objectId);
    }

    /** Appends one console event to the call's session (delivered live to open consoles). */
    void addEvent(String state, String name, String data) {
        int id = nextEventId++;
        feed.addSessionEvent(SESSION, new ConsoleEvent(id, now.plusSeconds(id), SESSION, "sip:0800000047@10.0.0.1",
                state, name, data));
    }

    /** A dashboard configuration serving only this project (no simulator). */
    DashboardConfig.Builder config() {
        return DashboardConfig.builder()
                .port(0)
                .simulator(false)
                .server(new ServerEntry(NAME, "127.0.0.1", 20103, 20104, "lab-node", ServerEntry.Source.CONFIG))
                .feedOpener(server -> feed);
    }
}
