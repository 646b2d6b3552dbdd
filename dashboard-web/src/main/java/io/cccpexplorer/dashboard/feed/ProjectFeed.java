package io.cccpexplorer.dashboard.feed;

import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.client.model.SessionEvent;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The live state of one project's CCCP server, as the HTTP layer needs it: cccp-client's own model types, without
 * copies. One feed per project, shared by every browser viewing that project.
 */
public interface ProjectFeed extends AutoCloseable {

    /** A consistent copy of the current state. */
    ContactCenterSnapshot snapshot();

    /**
     * The call of one session as the feed has it now. The default takes a {@link #snapshot()} and looks in its
     * index; a feed over a live model overrides it with the model's own index, with no snapshot, since a writer asks
     * once per call it stores.
     */
    default Optional<Call> call(String sessionId) {
        return Optional.ofNullable(snapshot().call(sessionId));
    }

    /** Current health of the link to the server. */
    ConnectionStatus connection();

    /**
     * Whether a complete picture of the server has arrived: the first one, or, after it failed, every list that was
     * missing. Before it, an empty snapshot means "not known yet", not "nobody is logged in", and the API says so
     * (503 {@code data_loading}, or {@code data_unavailable} with {@link #loadFailure()}) instead of answering
     * {@code []}.
     */
    default boolean loaded() {
        return true;
    }

    /**
     * Why the first complete picture is missing — the server accepted the login but left a list unanswered after
     * every attempt — or empty while it loads or once loaded. cccp-client keeps asking for that list (at most 5 s
     * apart) on the same connection, and once it answers the feed is {@link #loaded()} and this is empty again.
     * Without it an overloaded server read as "live, still loading" for ever.
     */
    default Optional<String> loadFailure() {
        return Optional.empty();
    }

    /**
     * How many listener calls ended with an exception since the feed opened: the model's listeners and the feed's
     * own hand-over to its subscribers (the hub, the recorder). Each listener that threw missed that change (the
     * others still got it), so anything above 0 means a browser or the history may lack a change until the next
     * resync; each failure is logged.
     */
    default long listenerFailures() {
        return 0;
    }

    /** Registers a listener; the returned handle removes it. */
    AutoCloseable subscribe(FeedListener listener);

    /**
     * Opens the event list of the session whose id is exactly {@code sessionId}.
     *
     * @param onEvent receives each new event, in order, after the returned stage completed
     * @return completes with the console, or fails with {@link SessionNotFoundException} or a timeout
     */
    CompletionStage<ConsoleFeed> console(String sessionId, Consumer<SessionEvent> onEvent);

    @Override
    void close();
}
