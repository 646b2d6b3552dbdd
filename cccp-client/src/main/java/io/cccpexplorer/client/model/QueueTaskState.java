package io.cccpexplorer.client.model;

/**
 * The phase of one queue task ({@code file_tasks.state}: 1 waiting, 2 alerting, 3 contact, 4 post-contact,
 * 5 terminated).
 */
public enum QueueTaskState {
    /** The call waits in the queue (1, and any number the server adds). */
    WAITING,
    /** An agent's phone rings with it (2, alerting). */
    OFFERED,
    /** An agent talks with the caller (3, contact). */
    TALKING,
    /** The conversation ended; after-call work (4, post-contact). */
    WRAP_UP,
    /** The task is over (5, terminated). */
    ENDED;

    /**
     * @param state {@code file_tasks.state}
     * @return its phase; unknown numbers count as {@link #WAITING}
     */
    public static QueueTaskState ofServerState(long state) {
        return switch ((int) state) {
            case 2 -> OFFERED;
            case 3 -> TALKING;
            case 4 -> WRAP_UP;
            case 5 -> ENDED;
            default -> WAITING;
        };
    }
}
