package io.cccpexplorer.client.model;

import java.util.List;

/** The live events of one session; close it when the console closes. Thread-safe. */
public interface SessionEventFeed extends AutoCloseable {

    String sessionId();

    /** The events reported so far, by date. */
    List<SessionEvent> snapshot();

    @Override
    void close();
}
