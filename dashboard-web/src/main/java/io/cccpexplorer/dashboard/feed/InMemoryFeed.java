package io.cccpexplorer.dashboard.feed;

import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.AgentDayFigures;
import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.client.model.Change;
import io.cccpexplorer.client.model.ChangeKind;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.client.model.QueueFigures;
import io.cccpexplorer.client.model.QueueStats;
import io.cccpexplorer.client.model.SessionEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A project feed whose state is set by its owner (tests, the browser lab), holding cccp-client's own records.
 * Every put or remove becomes a {@link Change} exactly as the live model would publish it. Listeners are called in
 * order on one delivery thread per feed, never on the caller's thread.
 */
public final class InMemoryFeed implements ProjectFeed {

    private final java.util.concurrent.atomic.AtomicLong snapshotsTaken = new java.util.concurrent.atomic.AtomicLong();

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryFeed.class);
    private static final int CONSOLE_EVENTS_PER_SESSION = 2_000;

    private final String name;
    private final Clock clock;
    private final Object lock = new Object();
    private final Map<Integer, Agent> agents = new LinkedHashMap<>();
    private final Map<Integer, Call> calls = new LinkedHashMap<>();
    private final Map<Integer, QueueStats> queues = new LinkedHashMap<>();
    private final Map<String, SessionLog> sessions = new LinkedHashMap<>();
    private Map<String, QueueFigures> queueFigures = Map.of();
    private Map<String, QueueFigures> teamFigures = Map.of();
    private QueueFigures projectFigures;
    private Map<String, AgentDayFigures> agentFigures = Map.of();
    private final List<FeedListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong listenerFailures = new AtomicLong();
    private final ExecutorService delivery;
    private ConnectionStatus connection;
    private String loadFailure;
    private long sequence;
    private Instant lastChange;

    public InMemoryFeed(String name, Clock clock) {
        this.name = name;
        this.clock = clock;
        this.delivery = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "feed-" + name);
            t.setDaemon(true);
            return t;
        });
        this.lastChange = clock.instant();
        this.connection = ConnectionStatus.live(java.time.OffsetDateTime.now(clock));
    }

    public String name() {
        return name;
    }

    public void putAgent(Agent agent) {
        Change<Agent> change;
        synchronized (lock) {
            change = put(agents, agent.objectId(), agent);
            session(agent.sessionId(), agent.objectId());
        }
        deliver(l -> l.onAgent(change));
    }

    public void removeAgent(int objectId) {
        Change<Agent> change;
        synchronized (lock) {
            change = remove(agents, objectId);
        }
        if (change != null) {
            deliver(l -> l.onAgent(change));
        }
    }

    public void putCall(Call call) {
        Change<Call> change;
        synchronized (lock) {
            change = put(calls, call.objectId(), call);
            session(call.sessionId(), call.objectId());
        }
        deliver(l -> l.onCall(change));
    }

    public void removeCall(int objectId) {
        Change<Call> change;
        synchronized (lock) {
            change = remove(calls, objectId);
            if (change != null) {
                sessions.remove(change.previous().sessionId());
            }
        }
        if (change != null) {
            deliver(l -> l.onCall(change));
        }
    }

    public void removeQueue(int objectId) {
        Change<QueueStats> change;
        synchronized (lock) {
            change = remove(queues, objectId);
        }
        if (change != null) {
            deliver(l -> l.onQueue(change));
        }
    }

    public void putQueue(QueueStats queue) {
        Change<QueueStats> change;
        synchronized (lock) {
            change = put(queues, queue.objectId(), queue);
        }
        deliver(l -> l.onQueue(change));
    }

    /**
     * Sets the day figures the snapshots carry (a live model computes them; this feed is told them). Figures are
     * read with the snapshot, as the live model's are: no event is sent for them.
     *
     * @param queues  figures per queue full name
     * @param teams   figures per team name
     * @param project the whole project's, or {@code null} for none
     */
    public void setFigures(Map<String, QueueFigures> queues, Map<String, QueueFigures> teams, QueueFigures project) {
        synchronized (lock) {
            queueFigures = Map.copyOf(queues);
            teamFigures = Map.copyOf(teams);
            projectFigures = project;
        }
    }

    /** Sets the per-agent day figures the snapshots carry, by login. */
    public void setAgentFigures(Map<String, AgentDayFigures> figures) {
        synchronized (lock) {
            agentFigures = Map.copyOf(figures);
        }
    }

    /** Appends an event to a session's console (the session must be known through an agent or a call). */
    public void addSessionEvent(String sessionId, SessionEvent event) {
        List<Consumer<SessionEvent>> watchers;
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
        for (Consumer<SessionEvent> w : watchers) {
            deliverTo(() -> w.accept(event));
        }
    }

    public void setConnection(ConnectionStatus status) {
        synchronized (lock) {
            connection = status;
        }
        deliver(l -> l.onConnection(status));
    }

    /**
     * Waits until every change made so far has been delivered to the listeners of the moment: a test calls it before
     * subscribing when it must not see the changes made before (the delivery thread may not have run them yet).
     */
    public void awaitDelivered() {
        try {
            delivery.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the feed's delivery", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the feed's delivery did not finish within 10 s", e);
        }
    }

    /**
     * Plays a server that accepted the login but left the first picture's lists unanswered: the feed is not loaded
     * and says why, as the live feed does.
     */
    public void failFirstPicture(String reason) {
        synchronized (lock) {
            loadFailure = reason;
        }
        deliver(FeedListener::onResync);
    }

    @Override
    public boolean loaded() {
        synchronized (lock) {
            return loadFailure == null;
        }
    }

    @Override
    public Optional<String> loadFailure() {
        synchronized (lock) {
            return Optional.ofNullable(loadFailure);
        }
    }

    /** Tells listeners to re-read the whole state. */
    public void resync() {
        deliver(FeedListener::onResync);
    }

    /** How many snapshots were taken: a snapshot costs the whole site, so a test can tell who takes too many. */
    public long snapshotsTaken() {
        return snapshotsTaken.get();
    }

    @Override
    public ContactCenterSnapshot snapshot() {
        snapshotsTaken.incrementAndGet();
        synchronized (lock) {
            return ContactCenterSnapshot.of(new ArrayList<>(agents.values()), new ArrayList<>(calls.values()),
                    new ArrayList<>(queues.values()), sequence, lastChange)
                    .withFigures(queueFigures, teamFigures, projectFigures, agentFigures);
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
    public CompletionStage<ConsoleFeed> console(String sessionId, Consumer<SessionEvent> onEvent) {
        synchronized (lock) {
            SessionLog log = sessions.get(sessionId);
            if (log == null) {
                return CompletableFuture.failedFuture(new SessionNotFoundException(sessionId));
            }
            log.watchers.add(onEvent);
            List<SessionEvent> copy = List.copyOf(log.events);
            return CompletableFuture.completedFuture(new ConsoleFeed() {
                @Override
                public int objectId() {
                    return log.objectId;
                }

                @Override
                public List<SessionEvent> snapshot() {
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

    private <T> Change<T> put(Map<Integer, T> table, int objectId, T value) {
        T previous = table.put(objectId, value);
        touch();
        return new Change<>(previous == null ? ChangeKind.ADDED : ChangeKind.UPDATED, previous, value, sequence);
    }

    private <T> Change<T> remove(Map<Integer, T> table, int objectId) {
        T gone = table.remove(objectId);
        if (gone == null) {
            return null;
        }
        touch();
        return new Change<>(ChangeKind.REMOVED, gone, null, sequence);
    }

    private void session(String sessionId, int objectId) {
        if (sessionId != null) {
            sessions.computeIfAbsent(sessionId, id -> new SessionLog(objectId));
        }
    }

    private void touch() {
        sequence++;
        lastChange = clock.instant();
    }

    @Override
    public long listenerFailures() {
        return listenerFailures.get();
    }

    private void deliver(Consumer<FeedListener> call) {
        deliverTo(() -> {
            for (FeedListener l : listeners) {
                try {
                    call.accept(l);
                } catch (RuntimeException e) {
                    listenerFailures.incrementAndGet();
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
        final List<SessionEvent> events = new ArrayList<>();
        final List<Consumer<SessionEvent>> watchers = new ArrayList<>();

        SessionLog(int objectId) {
            this.objectId = objectId;
        }
    }
}
