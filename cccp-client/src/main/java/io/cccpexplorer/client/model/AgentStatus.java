package io.cccpexplorer.client.model;

/**
 * What an agent is doing, combining presence (logged in, the server's state) and activity (the calls offered to
 * and handled by the agent). Derived by {@link AgentStatusRule}; the mapping is documented there and in the
 * module README. There is no {@code ON_HOLD}: no CCenter field or record tells that a call is on hold.
 */
public enum AgentStatus {
    /** The agent's session is closed (only seen in intervals and day figures: the live model drops the agent). */
    LOGGED_OUT,
    /** Logged in, in a state that takes calls, with no call offered or in progress. */
    AVAILABLE,
    /** A queue call is offered to the agent (the agent's phone rings). */
    RINGING,
    /** In conversation; {@link Agent#currentCall()} tells the call and its direction. */
    TALKING,
    /** After-call work: the call ended, the agent is completing it. */
    WRAP_UP,
    /** Not taking calls; {@link Agent#pauseReason()} is the server state's display name (e.g. "Pause déjeuner"). */
    PAUSE,
    /** A supervisor session (supervisor interface or a supervision state) with no call of its own. */
    SUPERVISING
}
