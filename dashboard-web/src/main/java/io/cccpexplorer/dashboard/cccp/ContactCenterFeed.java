package io.cccpexplorer.dashboard.cccp;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.CccpException;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.ConnectionState;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.AgentInterval;
import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.client.model.Change;
import io.cccpexplorer.client.model.ContactCenter;
import io.cccpexplorer.client.model.ContactCenterListener;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.client.model.FigureSettings;
import io.cccpexplorer.client.model.QueueStats;
import io.cccpexplorer.client.model.SessionEvent;
import io.cccpexplorer.client.model.SessionEventFeed;
import io.cccpexplorer.client.model.SessionEventListener;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.ConnectionStatus;
import io.cccpexplorer.dashboard.feed.ConsoleFeed;
import io.cccpexplorer.dashboard.feed.FeedListener;
import io.cccpexplorer.dashboard.feed.ProjectFeed;
import io.cccpexplorer.dashboard.feed.SessionNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import io.cccpexplorer.protocol.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A project's feed on a real CCCP server: cccp-client's {@link ContactCenter}, connected in the background. Until
 * the first login the feed is empty and says why; a failed first connection is retried on the shared timer (the
 * client itself reconnects once it was connected).
 */
public final class ContactCenterFeed implements ProjectFeed {

    private static final Logger LOG = LoggerFactory.getLogger(ContactCenterFeed.class);
    static final Duration RETRY_AFTER = Duration.ofSeconds(15);

    private final ServerEntry server;
    private final CccpClient client;
    private final Credentials credentials;
    private final ConnectionOptions options;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final FigureSettings figures;
    private final List<FeedListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong forwardFailures = new AtomicLong();
    private volatile ContactCenter center;
    private volatile ConnectionStatus status;
    private volatile boolean closed;
    private volatile boolean lateLoadLogged;

    public ContactCenterFeed(ServerEntry server, CccpClient client, Credentials credentials,
                             ConnectionOptions options, Clock clock, ScheduledExecutorService timer,
                             FigureSettings figures) {
        this.server = server;
        this.client = client;
        this.credentials = credentials;
        this.options = options;
        this.clock = clock;
        this.timer = timer;
        this.figures = figures;
        this.status = new ConnectionStatus(ConnectionStatus.State.RECONNECTING, OffsetDateTime.now(clock),
                "connecting to " + server.cccip() + ":" + server.dispatchPort());
        connect();
    }

    private void connect() {
        if (closed) {
            return;
        }
        client.connect(ServerAddress.of(server.cccip(), server.dispatchPort()), credentials, options)
                .whenComplete((connection, failure) -> {
                    if (failure != null) {
                        String why = reason(failure);
                        LOG.warn("project {}: cannot connect to {}:{}: {} (retrying in {} s)", server.project(),
                                server.cccip(), server.dispatchPort(), LogText.of(why), RETRY_AFTER.toSeconds());
                        setStatus(new ConnectionStatus(ConnectionStatus.State.OFFLINE, OffsetDateTime.now(clock),
                                why));
                        if (!closed) {
                            timer.schedule(this::connect, RETRY_AFTER.toMillis(), TimeUnit.MILLISECONDS);
                        }
                    } else {
                        bind(connection);
                    }
                });
    }

    private void bind(CccpConnection connection) {
        if (closed) {
            connection.close();
            return;
        }
        connection.addStateListener((previous, current, cause) -> setStatus(new ConnectionStatus(
                ConnectionStatus.State.of(current), OffsetDateTime.now(clock),
                cause == null ? (current == ConnectionState.READY ? null : current.name().toLowerCase())
                        : reason(cause))));
        ContactCenter cc = ContactCenter.open(connection, figures, clock);
        cc.addListener(new Forwarder());
        center = cc;
        setStatus(new ConnectionStatus(ConnectionStatus.State.of(connection.state()), OffsetDateTime.now(clock), null));
        cc.ready().whenComplete((ready, failure) -> {
            if (failure != null) {
                LOG.warn("project {}: the first picture could not be loaded: {}", server.project(),
                        LogText.of(reason(failure)));
            }
            each(FeedListener::onResync);
        });
        LOG.info("project {}: connected to {}:{}", server.project(), server.cccip(), server.dispatchPort());
    }

    /**
     * The first load's failure while the model still lacks a list; empty once the list answered later (the client
     * keeps asking for it on the same connection), when the API answers again without a reconnect.
     */
    @Override
    public Optional<String> loadFailure() {
        ContactCenter cc = center;
        if (cc == null || cc.loaded()) {
            return Optional.empty();
        }
        var ready = cc.ready().toCompletableFuture();
        return ready.isCompletedExceptionally()
                ? Optional.of(reason(ready.handle((value, failure) -> failure).join())) : Optional.empty();
    }

    /**
     * The model's actual state, not its first {@code ready()}: that one keeps a failed first load for the whole
     * session, and the API said "unavailable" after the list had loaded.
     */
    @Override
    public boolean loaded() {
        ContactCenter cc = center;
        return cc != null && cc.loaded();
    }

    /**
     * An outage keeps the time it started: retries move the link between reconnecting and offline, and each
     * change used to reset {@code since}, so nobody could see how long the data had been old.
     */
    private void setStatus(ConnectionStatus reported) {
        ConnectionStatus previous = status;
        ConnectionStatus next = previous != null && previous.state() != ConnectionStatus.State.LIVE
                && reported.state() != ConnectionStatus.State.LIVE
                ? new ConnectionStatus(reported.state(), previous.since(), reported.error()) : reported;
        status = next;
        each(l -> l.onConnection(next));
    }

    @Override
    public long listenerFailures() {
        ContactCenter cc = center;
        return forwardFailures.get() + (cc == null ? 0 : cc.listenerFailureCount());
    }

    /**
     * Hands one change to every subscriber, each call on its own: the model sees this feed as one listener, so a
     * subscriber that throws (the recorder refusing a row) would otherwise keep the change from the ones after it.
     */
    private void each(Consumer<FeedListener> call) {
        for (FeedListener l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                forwardFailures.incrementAndGet();
                LOG.warn("project {}: listener {} failed: {}", server.project(), l, LogText.of(e.toString()), e);
            }
        }
    }

    @Override
    public ContactCenterSnapshot snapshot() {
        ContactCenter cc = center;
        return cc == null ? ContactCenterSnapshot.EMPTY : cc.snapshot();
    }

    @Override
    public Optional<Call> call(String sessionId) {
        ContactCenter cc = center;
        return cc == null ? Optional.empty() : cc.call(sessionId);
    }

    @Override
    public ConnectionStatus connection() {
        return status;
    }

    @Override
    public AutoCloseable subscribe(FeedListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public CompletionStage<ConsoleFeed> console(String sessionId, Consumer<SessionEvent> onEvent) {
        ContactCenter cc = center;
        if (cc == null) {
            return CompletableFuture.failedFuture(new CccpException("not connected to " + server.cccip() + ":"
                    + server.dispatchPort() + " (" + status.error() + ")"));
        }
        return new SessionConsole(cc, sessionId, onEvent).opened;
    }

    @Override
    public void close() {
        closed = true;
        listeners.clear();
        ContactCenter cc = center;
        if (cc != null) {
            cc.close();
            cc.connection().close();
        }
    }

    static String reason(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && (t instanceof CompletionException
                || t instanceof ExecutionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Hands the model's changes on unchanged (already on the model's serial executor). */
    private final class Forwarder implements ContactCenterListener {
        @Override
        public void onAgent(Change<Agent> change) {
            each(l -> l.onAgent(change));
        }

        @Override
        public void onCall(Change<Call> change) {
            each(l -> l.onCall(change));
        }

        @Override
        public void onQueue(Change<QueueStats> change) {
            each(l -> l.onQueue(change));
        }

        @Override
        public void onCallEnded(Change<Call> report) {
            each(l -> l.onCallEnded(report));
        }

        @Override
        public void onAgentInterval(AgentInterval interval) {
            each(l -> l.onAgentInterval(interval));
        }

        @Override
        public void onResync() {
            ContactCenter cc = center;
            if (cc != null && cc.loaded() && cc.ready().toCompletableFuture().isCompletedExceptionally()
                    && !lateLoadLogged) {
                lateLoadLogged = true;
                LOG.info("project {}: the first picture loaded after all", server.project());
            }
            each(FeedListener::onResync);
        }
    }

    /** One console: collects the session's existing events, then hands new ones on as they come. */
    private static final class SessionConsole implements SessionEventListener, ConsoleFeed {
        final CompletableFuture<ConsoleFeed> opened = new CompletableFuture<>();
        private final Consumer<SessionEvent> onEvent;
        private final List<SessionEvent> initial = new ArrayList<>();
        private final int objectId;
        private final String sessionId;
        private final SessionEventFeed feed;
        private boolean ready;

        SessionConsole(ContactCenter cc, String sessionId, Consumer<SessionEvent> onEvent) {
            this.onEvent = onEvent;
            this.sessionId = sessionId;
            // by the model's session index, not a snapshot: the live recorder opens one console per call it stores
            this.objectId = cc.objectIdOfSession(sessionId).orElse(0);
            this.feed = cc.sessionEvents(sessionId, this);
        }

        @Override
        public synchronized void onEvent(SessionEvent event) {
            if (ready) {
                onEvent.accept(event);
            } else {
                initial.add(event);
            }
        }

        @Override
        public synchronized void onReady() {
            ready = true;
            opened.complete(this);
        }

        @Override
        public void onError(Throwable cause) {
            String why = reason(cause);
            boolean unknown = cause instanceof IllegalArgumentException || why.startsWith("unknown session");
            opened.completeExceptionally(unknown ? new SessionNotFoundException(sessionId)
                    : cause);
            if (feed != null) {
                feed.close();
            }
        }

        @Override
        public int objectId() {
            if (objectId != 0) {
                return objectId;
            }
            synchronized (this) {
                return initial.isEmpty() ? 0 : initial.get(0).objectId();
            }
        }

        @Override
        public synchronized List<SessionEvent> snapshot() {
            return List.copyOf(initial);
        }

        @Override
        public void close() {
            if (feed != null) {
                feed.close();
            }
        }
    }
}
