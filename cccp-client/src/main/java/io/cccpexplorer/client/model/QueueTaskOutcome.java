package io.cccpexplorer.client.model;

/**
 * How one queue task counts in its queue's figures ({@link QueueTask#outcome(boolean)}): the one rule of the live
 * {@link QueueFigures} and of the stored reports.
 */
public enum QueueTaskOutcome {
    /** An agent took the call. */
    ANSWERED,
    /** Ended unanswered, the call sent elsewhere: by the server's word, or on to a later task of the call. */
    OVERFLOWED,
    /** Ended unanswered, the caller gone; whether it was a short abandon is the figures' threshold's to say. */
    ABANDONED,
    /** Neither answered nor ended yet. */
    OPEN
}
