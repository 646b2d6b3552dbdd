package io.cccpexplorer.client.model;

/**
 * Where a call is in its life. Derived by {@link CallStatusRule} from the call session and its queue tasks. There
 * is no {@code ON_HOLD}: no CCenter field or record tells that a call is on hold.
 */
public enum CallStatus {
    /** In the voice menu (or not yet answered by the platform): no queue yet, or back from a queue unanswered. */
    IVR,
    /** Queued, no agent offered yet; {@link Call#queuedSince()} tells since when. */
    WAITING,
    /** Offered to an agent whose phone rings. */
    RINGING,
    /** In conversation with an agent (for an outgoing call without queue: connected). */
    TALKING,
    /** An agent transferred it and it has not reached a queue or agent again yet. */
    TRANSFERRING,
    /** The call ended; {@link Call#disposition()} tells how. */
    ENDED
}
