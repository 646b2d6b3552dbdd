package io.cccpexplorer.dashboard.feed;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A project feed whose state is set by its owner (tests). Listeners are called in
 * order on one delivery thread per feed, never on the caller's thread.
 */
public final class InMemoryFeed implements ProjectFeed {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryFeed.class);
    private static final int CONSOLE_EVENTS_PER_SESSION = 2_000;

    private final String name;
    private final Clock clock;
    private final Object lock = new Object();
    private final Map<Integer, LiveAgent> agents = new LinkedHashMap<>();
    private final Map<Integer, LiveCall> calls = new LinkedHashMap<>();
    private final Map<Integer, LiveQueue> queues = new LinkedHashMap<>();
    private final Map<String, SessionLog> sessions = new LinkedHashMap<>();
    private final List<FeedListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery;
    private ConnectionStatus connection;
    private long sequence;
    private OffsetDateTime lastChange;

    public InMemoryFeed(String name, Clock clock) {
        this.name = name;
        this.clock = clock;
        this.delivery = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "feed-" + name);
            t.setDaemon(true);
            return t;
        });
        this.lastChange = OffsetDateTime.now(clock);
        this.connection = ConnectionStatus.live(lastChange);
    }

    public String name() {
        return name;
    }

    public void putAgent(LiveAgent agent) {
        ChangeOp op;
        synchronized (lock) {
            op = agents.put(agent.objectId(), agent) == null ? ChangeOp.ADD : ChangeOp.UPDATE;
            session(agent.sessionId(), agent.objectId());
            touch();
        }
        deliver(l -> l.onAgent(op, agent));
    }

    public void removeAgent(int objectId) {
        LiveAgent gone;
        synchronized (lock) {
            gone = agents.remove(objectId);
            touch();
        }
        if (gone != null) {
            deliver(l -> l.onAgent(ChangeOp.REMOVE, gone));
        }
    }

    public void putCall(LiveCall call) {
        ChangeOp op;
        synchronized (lock) {
            op = calls.put(call.objectId(), call) == null ? ChangeOp.ADD : ChangeOp.UPDATE;
            session(call.sessionId(), call.objectId());
            touch();
        }
        deliver(l -> l.onCall(op, call));
    }

    public void removeCall(int objectId) {
        LiveCall gone;
        synchronized (lock) {
            gone = calls.remove(objectId);
            if (gone != null) {
                sessions.remove(gone.sessionId());
            }
            touch();
        }
        if (gone != null) {
            deliver(l -> l.onCall(ChangeOp.REMOVE, gone));
        }
    }

    public void putQueue(LiveQueue queue) {
        ChangeOp op;
        synchronized (lock) {
            op = queues.put(queue.objectId(), queue) == null ? ChangeOp.ADD : ChangeOp.UPDATE;
            touch();
        }
        deliver(l -> l.onQueue(op, queue));
    }

    /** Appends an event to a session's console (the session must be known through an agent or a call). */
    public void addSessionEvent(String sessionId, ConsoleEvent event) {
        List<Consumer<ConsoleEvent>> watchers;
        synchronized (lock) {
            SessionLog log = sessions.get(sessionId);
            if (log == null) {
                return;
            }
            if (log.events.size() == CONSOLE_EVENTS_PER_SESSION) {
                log.events.remove(0);
            }
            log.events.add(event);
            watchers = List.copyOf(log.watchers);
        }
        for (Consumer<ConsoleEvent> w : watchers) {
            deliverTo(() -> w.accept(event));
        }
    }

    public void setConnection(ConnectionStatus status) {
        synchronized (lock) {
            connection = status;
        }
        deliver(l -> l.onConnection(status));
    }

    /** Tells listeners to re-read the whole state. */
    public void resync() {
        deliver(FeedListener::onResync);
    }

    @Override
    public FeedSnapshot snapshot() {
        synchronized (lock) {
            return new FeedSnapshot(new ArrayList<>(agents.values()), new ArrayList<>(calls.values()),
                    new ArrayList<>(queues.values()), sequence, lastChange);
        }
    }

    @Override
    public ConnectionStatus connection() {
        synchronized (lock) {
            return connection;
        }
    }

    @Override
    public AutoCloseable subscribe(FeedListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public CompletionStage<ConsoleFeed> console(String sessionId, Consumer<ConsoleEvent> onEvent) {
        synchronized (lock) {
            SessionLog log = sessions.get(sessionId);
            if (log == null) {
                return CompletableFuture.failedFuture(new SessionNotFoundException(sessionId));
            }
            log.watchers.add(onEvent);
            List<ConsoleEvent> copy = List.copyOf(log.events);
            return CompletableFuture.completedFuture(new ConsoleFeed() {
                @Override
                public int objectId() {
                    return log.objectId;
                }

                @Override
                public List<ConsoleEvent> snapshot() {
                    return copy;
                }

                @Override
                public void close() {
                    synchronized (lock) {
                        log.watchers.remove(onEvent);
                    }
                }
            });
        }
    }

    @Override
    public void close() {
        listeners.clear();
        delivery.shutdownNow();
    }

    private void session(String sessionId, int objectId) {
        if (sessionId != null) {
            sessions.computeIfAbsent(sessionId, id -> new SessionLog(objectId));
        }
    }

    private void touch() {
        sequence++;
        lastChange = OffsetDateTime.now(clock);
    }

    private void deliver(Consumer<FeedListener> call) {
        deliverTo(() -> {
            for (FeedListener l : listeners) {
                try {
                    call.accept(l);
                } catch (RuntimeException e) {
                    LOG.warn("feed {}: listener {} failed: {}", name, l, e.toString());
                }
            }
        });
    }

    private void deliverTo(Runnable task) {
        try {
            delivery.execute(task);
        } catch (RejectedExecutionException closed) {
            // the feed is closed: nobody is listening any more
        }
    }

    private static final class SessionLog {
        final int objectId;
        final List<ConsoleEvent> events = new ArrayList<>();
        final List<Consumer<ConsoleEvent>> watchers = new ArrayList<>();

        SessionLog(int objectId) {
            this.objectId = objectId;
        }
    }
}
