package io.cccpexplorer.simulator.traffic;

import java.util.List;
import java.util.Locale;

/** One simulated agent: who they are (fixed) and what they are doing (changes as the simulation runs). */
final class Agent {

    /** What the agent is doing; {@link #OFFLINE} between two logins. */
    enum Activity { OFFLINE, IDLE, RINGING, TALKING, WRAP_UP, PAUSED }

    final int index;
    final String login;
    final String name;
    final String userId;
    final int objectId;
    final String phoneUri;
    final String group;
    final List<CallQueue> queues;

    Activity activity = Activity.OFFLINE;
    String sessionId = "";
    /** Incremented at every login, so timers of an earlier login know they are stale. */
    int loginSerial;
    int taskLoggerCounter;
    boolean pauseDue;
    boolean logoutDue;
    /** How many pauses this agent took: picks the next pause reason without drawing from the random source. */
    int pauses;
    AgentState pauseState = AgentState.PAUSE;
    Call call;

    Agent(int index, String project, List<CallQueue> queues) {
        this.index = index;
        this.login = FictionalDirectory.agentLogin(index);
        this.name = FictionalDirectory.agentName(index);
        this.userId = login + "@cdep://head/db/projects/" + project + "/Ccxml.xml";
        this.objectId = 1_000 + index;
        this.phoneUri = "tel:+" + FictionalDirectory.agentNumber(index);
        this.group = "group_" + queues.get(0).shortName.toLowerCase(Locale.ROOT);
        this.queues = List.copyOf(queues);
    }

    boolean loggedIn() {
        return activity != Activity.OFFLINE;
    }

    /** The state the agent shows (ringing and talking agents still show "available" as their user state). */
    AgentState shownState() {
        return switch (activity) {
            case WRAP_UP -> AgentState.WRAP_UP;
            case PAUSED -> pauseState;
            default -> AgentState.AVAILABLE;
        };
    }
}
