package io.cccpexplorer.dashboard.browser;

import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.AgentStatus;
import io.cccpexplorer.client.model.CallStatus;
import io.cccpexplorer.client.model.SessionEvent;
import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.ModelRecords;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * A project whose content the test controls exactly, served by the real dashboard through an in-memory feed:
 * {@value #AGENTS} ordinary agents plus one whose name is hostile markup, one queue with a hostile name, one call
 * with a hostile caller id and a console of three events. Tests change it while the browser watches.
 */
final class LabProject {

    static final String NAME = "LAB";
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
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
    private final Map<Integer, Agent> agents = new HashMap<>();
    private int nextEventId = 1;

    LabProject() {
        feed.putQueue(ModelRecords.queue(40, HOSTILE_QUEUE).displayName("Very important").counters(1, 1, 1, 1)
                .oldestWaiting(now.minusSeconds(20)).build());
        putAgent(ModelRecords.agent(HOSTILE_AGENT_ID, "jdoe").sessionId("user_9@15101.1700000000.Ccxml.ps-lab")
                .name(HOSTILE_AGENT).project(NAME).state("En appel", now.minusSeconds(40)).status(AgentStatus.TALKING)
                .phone("tel:0100000001")
                .queues("VIP").currentCall(SESSION).loggedInSince(now.minusMinutes(12)).build());
        for (int i = 1; i <= AGENTS; i++) {
            putAgent(agent(100 + i, String.format("agent%02d", i), "Disponible"));
        }
        feed.putCall(ModelRecords.call(CALL_ID, SESSION).numbers(HOSTILE_CALLER, "0800000047").queue("VIP")
                .agent("jdoe").state(CallStatus.TALKING).times(now.minusSeconds(35), now.minusSeconds(25), null)
                .build());
        addEvent("init", "connection.alerting", "The number called is sip:0800000047@10.0.0.1");
        addEvent("progress", "connection.connected", HOSTILE_DATA);
        addEvent("talking", "dialog.started", "Caller's number 0600000099 queued on VIP");
    }

    /** A plain agent, logged in {@code objectId} minutes ago. */
    Agent agent(int objectId, String login, String state) {
        return ModelRecords.agent(objectId, login).sessionId("user_" + objectId + "@15101.1700000000.Ccxml.ps-lab")
                .name("Agent " + login.toUpperCase(java.util.Locale.ROOT)).project(NAME).state(state, now)
                .phone("tel:01000" + objectId).queues("VIP").loggedInSince(now.minusMinutes(objectId % 50)).build();
    }

    /** Adds or replaces an agent; the dashboard receives it as a live change. */
    void putAgent(Agent agent) {
        agents.put(agent.objectId(), agent);
        feed.putAgent(agent);
    }

    /** Changes one agent's state (a live "update" of that row). */
    void setState(int objectId, String state) {
        putAgent(ModelRecords.AgentBuilder.from(agents.get(objectId))
                .state(state, OffsetDateTime.now(ZoneOffset.ofHours(1))).build());
    }

    /** Logs an agent out (a live "remove"). */
    void removeAgent(int objectId) {
        agents.remove(objectId);
        feed.removeAgent(objectId);
    }

    /** Appends one console event to the call's session (delivered live to open consoles). */
    void addEvent(String state, String name, String data) {
        int id = nextEventId++;
        feed.addSessionEvent(SESSION, new SessionEvent(id, now.plusSeconds(id), SESSION, "sip:0800000047@10.0.0.1",
                state, name, data));
    }

    /** The first console event's date as the page shows it: "2026-02-08 10:03:46" in {@link #ZONE}. */
    String firstEventWallTime() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(now.plusSeconds(1).atZoneSameInstant(ZONE));
    }

    /** A dashboard configuration serving only this project (no simulator). */
    DashboardConfig.Builder config() {
        return DashboardConfig.builder()
                .port(0)
                .simulator(false)
                .server(new ServerEntry(NAME, "127.0.0.1", 20103, 20104, "lab-node", ServerEntry.Source.CONFIG))
                .zone(ZONE)
                .feedOpener(server -> feed);
    }
}
