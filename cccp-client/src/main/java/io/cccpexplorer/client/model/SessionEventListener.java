package io.cccpexplorer.client.model;

/** Live events of one session, in order, on the model's listener executor. */
public interface SessionEventListener {

    /**
     * A new event (or one reported again after a reconnect with different content).
     *
     * @param event the event
     */
    void onEvent(SessionEvent event);

    /** The events present when the feed opened have all been reported. */
    default void onReady() {
    }

    /**
     * The feed failed, e.g. the session id is unknown; no more events will come.
     *
     * @param cause why
     */
    default void onError(Throwable cause) {
    }
}
