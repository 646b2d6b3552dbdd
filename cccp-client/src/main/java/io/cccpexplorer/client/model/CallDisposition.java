package io.cccpexplorer.client.model;

/** How an ended call ended (see {@link CallStatusRule}). Open calls have none. */
public enum CallDisposition {
    /** An agent answered it (its last answered queue task was not a transfer out). */
    ANSWERED,
    /** The caller hung up while queued or while an agent's phone rang. */
    ABANDONED_QUEUE,
    /** It ended without ever reaching a queue: in the voice menu (CCenter cannot tell self-service from a hang-up). */
    ABANDONED_IVR,
    /** Its last queue task ended unanswered by overflow (the queue sent it elsewhere) and no agent answered. */
    OVERFLOWED,
    /** An agent transferred it out of the queues (its last task ended "transferred" and no other task followed). */
    TRANSFERRED
}
