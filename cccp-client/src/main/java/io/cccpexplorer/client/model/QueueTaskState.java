package io.cccpexplorer.client.model;

/** The phase of one queue task ({@code file_tasks.state}: 1 waiting, 2 alerting, 3 contact, 4 post-contact, 5 terminated). */
public enum QueueTaskState {
    WAITING, OFFERED, TALKING, WRAP_UP, ENDED;

    /** From {@code file_tasks.state}; unknown numbers count as {@link #WAITING} unless the task ended. */
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
