package io.cccpexplorer.dashboard.feed;

import io.cccpexplorer.client.model.SessionEvent;
import java.util.List;

/** The live events of one session; closing it stops the server-side query. */
public interface ConsoleFeed extends AutoCloseable {

    /** Dispatch object id of the session. */
    int objectId();

    /** Events known so far, oldest first. */
    List<SessionEvent> snapshot();

    @Override
    void close();
}
