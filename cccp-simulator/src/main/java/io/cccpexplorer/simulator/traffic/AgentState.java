package io.cccpexplorer.simulator.traffic;

import io.cccpexplorer.protocol.rlog.ccxml.UserState;
import io.cccpexplorer.protocol.rlog.ccxml.UserStillInState;

/**
 * The agent states the synthetic project defines, as its {@code user_state} records carry them: id, name, display
 * name and colour, the idle label shown next to them, and the state group.
 */
enum AgentState {
    AVAILABLE(1_001_000_000, "available", "Disponible", "#36B37E", 11, "inbound"),
    WRAP_UP(1_002_000_000, "wrap_up", "Post-appel", "#4C9AFF", 12, "inbound"),
    PAUSE(1_003_000_000, "pause", "Pause", "#FFAB00", 13, "pause"),
    LUNCH(1_004_000_000, "lunch", "Pause déjeuner", "#FF8B00", 14, "pause"),
    TRAINING(1_005_000_000, "training", "Formation", "#6554C0", 15, "pause");

    /** The pause states, taken in turn by each agent: the pause reason is the state's display name. */
    static final java.util.List<AgentState> PAUSES = java.util.List.of(PAUSE, LUNCH, TRAINING);

    private static final String IDLE_NAME = "libre";
    private static final String IDLE_COLOR = "#EEEEEE";

    private final int id;
    private final String stateName;
    private final String displayName;
    private final String color;
    private final int order;
    private final String group;

    AgentState(int id, String stateName, String displayName, String color, int order, String group) {
        this.id = id;
        this.stateName = stateName;
        this.displayName = displayName;
        this.color = color;
        this.order = order;
        this.group = group;
    }

    String stateName() {
        return stateName;
    }

    UserState entered(String sessionId) {
        return new UserState(sessionId, id, stateName, displayName, IDLE_NAME, IDLE_COLOR, order, group, color, 0);
    }

    UserStillInState still(String sessionId) {
        return new UserStillInState(sessionId, id, stateName, displayName, IDLE_NAME, IDLE_COLOR, order, group, color);
    }
}
