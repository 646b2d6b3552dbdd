package io.cccpexplorer.dashboard.history;

import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.client.model.ContactCenter;
import io.cccpexplorer.client.model.SessionEvent;
import io.cccpexplorer.client.model.SessionEventFeed;
import io.cccpexplorer.client.model.SessionEventListener;
import io.cccpexplorer.dashboard.feed.ProjectFeed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Where the history reads a session's console rows: the server's {@code events} list of the session, read once
 * (opened, read to its end, closed). The live recorder reads it through the project's feed, the import through its
 * replay model; both end in the client's {@link ContactCenter#sessionEvents}, so they read the same rows.
 */
@FunctionalInterface
public interface SessionEventSource {

    /** The session's events present now; fails when the session is unknown or the server unreachable. */
    CompletionStage<List<SessionEvent>> events(String sessionId);

    /**
     * The model's call of that session as it is now, when the model still has it. A call's end can reach the model
     * before the queue task records that came with it (they arrive on another list): read again when it is written,
     * the call carries its tasks. Empty by default (nothing newer known).
     */
    default Optional<Call> call(String sessionId) {
        return Optional.empty();
    }

    /** Reads through a live project's feed (the console's own path). */
    static SessionEventSource of(ProjectFeed feed) {
        return new SessionEventSource() {
            @Override
            public Optional<Call> call(String sessionId) {
                return feed.call(sessionId);
            }

            @Override
            public CompletionStage<List<SessionEvent>> events(String sessionId) {
            CompletableFuture<List<SessionEvent>> done = new CompletableFuture<>();
            // the console is closed however the read ends, also when the reader gave up waiting (cancelled)
            feed.console(sessionId, e -> { }).whenComplete((console, failure) -> {
                if (failure != null) {
                    done.completeExceptionally(failure);
                } else {
                    try {
                        done.complete(console.snapshot());
                    } finally {
                        console.close();
                    }
                }
            });
            return done;
            }
        };
    }

    /** Reads through a model's connection (the import's replay server). */
    static SessionEventSource of(ContactCenter model) {
        return new SessionEventSource() {
            @Override
            public Optional<Call> call(String sessionId) {
                return model.call(sessionId);
            }

            @Override
            public CompletionStage<List<SessionEvent>> events(String sessionId) {
            CompletableFuture<List<SessionEvent>> done = new CompletableFuture<>();
            List<SessionEvent> seen = new ArrayList<>();
            SessionEventFeed feed = model.sessionEvents(sessionId, new SessionEventListener() {
                @Override
                public void onEvent(SessionEvent event) {
                    synchronized (seen) {
                        seen.add(event);
                    }
                }

                @Override
                public void onReady() {
                    synchronized (seen) {
                        done.complete(List.copyOf(seen));
                    }
                }

                @Override
                public void onError(Throwable cause) {
                    done.completeExceptionally(cause);
                }
            });
            done.whenComplete((events, failure) -> feed.close()); // also when the reader gave up (cancelled)
            return done;
            }
        };
    }
}
