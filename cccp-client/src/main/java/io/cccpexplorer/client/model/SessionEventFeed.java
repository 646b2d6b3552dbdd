package io.cccpexplorer.client.model;

import java.util.List;

/** The live events of one session; close it when the console closes. Thread-safe. */
public interface SessionEventFeed extends AutoCloseable {

    /** {@return the session followed} */
    String sessionId();

    /** {@return the events reported so far, by date} */
    List<SessionEvent> snapshot();

    /** Stops following the session; idempotent. */
    @Override
    void close();
}
