package io.cccpexplorer.client.internal;

import io.cccpexplorer.protocol.LogText;
import io.cccpexplorer.client.CccpConnectionException;
import io.cccpexplorer.client.CccpEvent;
import io.cccpexplorer.client.CccpLoginException;
import io.cccpexplorer.client.CccpTimeoutException;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.ConnectionState;
import io.cccpexplorer.client.ConnectionStateListener;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ListEntry;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.LiveList;
import io.cccpexplorer.client.LiveListListener;
import io.cccpexplorer.client.LiveObject;
import io.cccpexplorer.client.MessageTrace;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.client.ServerEventListener;
import io.cccpexplorer.protocol.netty.ExplorerChannelCodec;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The machinery behind one {@link io.cccpexplorer.client.CccpConnection}: the state machine, reconnects, the
 * intent registry of live subscriptions, and the one-shot requests in flight.
 *
 * <p>Threading: every field without {@code volatile} is confined to one event loop, chosen at creation and used
 * by every channel of this connection, so no lock is needed. User code never runs on that event loop: listeners
 * (state, live lists, server events) run on {@link #events()}, a serial executor; futures complete on the shared
 * pool, one task each, so a listener that blocks on a future of this connection cannot starve its completion.
 *
 * <p>Time comes from {@link ClientResources}' ticker and timer only, so tests drive deadlines, backoff and
 * liveness by hand.
 */
public final class ConnectionCore implements ClientChannelHandler.Owner, Liveness.Scheduler {

    private static final Logger log = LoggerFactory.getLogger(ConnectionCore.class);

    private final ClientResources resources;
    private final ServerAddress address;
    private final Credentials credentials;
    private final ConnectionOptions options;
    private final EventLoop loop;
    private final SerialExecutor events;
    private final Executor completions;
    private final ServerEvents serverEvents;
    private final Backoff backoff;
    private final ObjectQueryWindow objectWindow;
    private final String tag;
    private final List<ConnectionStateListener> stateListeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<ConnectionCore> firstReady = new CompletableFuture<>();
    private final CompletableFuture<Void> closeFuture = new CompletableFuture<>();

    private volatile ConnectionState state = ConnectionState.CONNECTING;
    /** Ticker time of the last message received; meaningful once {@link #receivedAny} is set. */
    private volatile long lastDataNanos;
    private volatile boolean receivedAny;
    private ClientChannelHandler handler;
    private Liveness liveness;
    private Timeout handshakeDeadline;
    private Channel channel;
    private ExplorerSession session;
    private final Set<Subscription> subscriptions = new LinkedHashSet<>();
    private final Set<OneShot<?>> inflight = new LinkedHashSet<>();
    private Timeout reconnectTimer;
    private int attempt;
    private boolean everReady;
    private boolean restartNow;
    private boolean closed;

    ConnectionCore(ClientResources resources, ServerAddress address, Credentials credentials,
                   ConnectionOptions options) {
        this.resources = resources;
        this.address = address;
        this.credentials = credentials;
        this.options = options;
        this.loop = resources.nextEventLoop();
        this.tag = "conn=" + resources.nextConnectionId() + " " + address;
        this.events = new SerialExecutor(resources.listenerPool(), resources.ticker(), options.eventQueueCapacity(),
                tag);
        this.completions = resources.listenerPool();
        this.serverEvents = new ServerEvents(this, () -> session);
        this.backoff = new Backoff(options.backoffMin(), options.backoffMax(),
                bound -> ThreadLocalRandom.current().nextLong(bound));
        this.objectWindow = new ObjectQueryWindow(options.objectQueryWindow());
    }

    /**
     * Starts the first connect.
     *
     * @return completes when READY, or fails when the attempts are used up
     */
    public CompletableFuture<ConnectionCore> start() {
        loop.execute(this::connectNow);
        return firstReady;
    }

    /** @return the options */
    public ConnectionOptions options() {
        return options;
    }

    /** @return the server's address */
    public ServerAddress address() {
        return address;
    }

    /** @return the current state */
    public ConnectionState state() {
        return state;
    }

    /**
     * The wall-clock time of the last message received from the server (any message, on any channel of this
     * connection), derived from the ticker so that it needs no clock read per message.
     *
     * @return that time, empty before the first message
     */
    public Optional<Instant> lastDataReceived() {
        if (!receivedAny) {
            return Optional.empty();
        }
        long ago = resources.ticker().nanoTime() - lastDataNanos;
        return Optional.of(resources.clock().instant().minusNanos(Math.max(0, ago)));
    }

    /** @return listener events refused because the event queue was full */
    public long droppedEventCount() {
        return events.refusedCount();
    }

    /** @return listener calls that ended with an exception */
    public long listenerFailureCount() {
        return events.failureCount();
    }

    /**
     * A stage that completes once every listener event queued on this connection so far has run (row changes,
     * resyncs, readiness): what the event loop had handed over when this was called is delivered.
     */
    public CompletableFuture<Void> afterQueuedEvents() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        events.execute(() -> complete(done, null));
        return done;
    }

    /** @return true when called from one of this connection's listeners */
    public boolean isListenerThread() {
        return events.isCurrentThread();
    }

    /** @return the serial executor of this connection's listeners */
    SerialExecutor events() {
        return events;
    }

    EventLoop eventLoop() {
        return loop;
    }

    /** @param listener told of every state change, on the event executor */
    public void addStateListener(ConnectionStateListener listener) {
        stateListeners.add(listener);
    }

    /** @param listener a listener added before */
    public void removeStateListener(ConnectionStateListener listener) {
        stateListeners.remove(listener);
    }

    /** @param listener told of every server event, on the event executor */
    public void addServerEventListener(ServerEventListener listener) {
        serverEvents.addListener(listener);
    }

    /** @param listener a listener added before */
    public void removeServerEventListener(ServerEventListener listener) {
        serverEvents.removeListener(listener);
    }

    /**
     * @param event the event to send
     * @return completes once written; fails fast while not connected
     */
    public CompletableFuture<Void> sendEvent(CccpEvent event) {
        return serverEvents.send(event);
    }

    /**
     * @param event      the event to send
     * @param replyNames the names of the server events that answer it
     * @return the first answer, or a {@link CccpTimeoutException} after the request timeout
     */
    public CompletableFuture<CccpEvent> request(CccpEvent event, Set<String> replyNames) {
        return serverEvents.request(event, replyNames);
    }

    // ---- requests ----

    /**
     * @param query the list
     * @return the list's items
     */
    public CompletableFuture<List<ListEntry>> listEntries(ListQuery query) {
        return submit(new ListEntriesQuery(this, query));
    }

    /**
     * @param query  the list
     * @param format the fields of each row
     * @return the rows, in the order the server answered
     */
    public CompletableFuture<List<Row>> listRows(ListQuery query, RowFormat format) {
        return submit(new RowsQuery(this, query, format));
    }

    /**
     * @param objectId the object
     * @param format   the fields
     * @param path     the query's database path
     * @return the object's row
     */
    public CompletableFuture<Row> object(int objectId, RowFormat format, String path) {
        return submit(new ObjectQuery(this, objectId, format, path));
    }

    /**
     * @param query    the list
     * @param format   the fields of each row
     * @param listener told of every change, on the event executor
     * @return the live list, loading
     */
    public LiveList liveList(ListQuery query, RowFormat format, LiveListListener listener) {
        LiveListSubscription sub = new LiveListSubscription(this, query, format, listener);
        loop.execute(() -> subscribe(sub));
        return sub;
    }

    /**
     * @param objectId the object
     * @param format   the fields
     * @param path     the query's database path
     * @param listener told of every distinct version, on the event executor
     * @return the live object, loading
     */
    public LiveObject liveObject(int objectId, RowFormat format, String path, Consumer<Row> listener) {
        LiveObjectSubscription sub = new LiveObjectSubscription(this, objectId, format, path, listener);
        loop.execute(() -> subscribe(sub));
        return sub;
    }

    private <T> CompletableFuture<T> submit(OneShot<T> request) {
        loop.execute(() -> {
            if (state != ConnectionState.READY || session == null) {
                fail(request.future, new CccpConnectionException(request.describe() + " refused: connection to "
                        + address + " is " + state));
                return;
            }
            inflight.add(request);
            request.start(session);
        });
        return request.future;
    }

    private void subscribe(Subscription sub) {
        if (closed) {
            return;
        }
        subscriptions.add(sub);
        if (session != null) {
            sub.attach(session);
        }
    }

    /** Removes a subscription from the intent registry (on the event loop). */
    void unsubscribe(Subscription sub) {
        subscriptions.remove(sub);
    }

    /** The window of live-list object queries of the current session (event loop only). */
    ObjectQueryWindow objectWindow() {
        return objectWindow;
    }

    /** The jittered backoff, shared by reconnects and live-list row retries. */
    Backoff backoff() {
        return backoff;
    }

    void finished(OneShot<?> request) {
        inflight.remove(request);
    }

    // ---- completion helpers: user code never runs on the event loop ----

    /*
     * Futures complete on the pool, one task each, not on the serial executor: a listener running there that
     * blocks on a future of this connection (conn.object(..).toCompletableFuture().get() inside onAdded) would
     * otherwise wait for a completion queued behind itself, forever.
     */

    <T> void complete(CompletableFuture<T> future, T value) {
        completions.execute(() -> future.complete(value));
    }

    void fail(CompletableFuture<?> future, Throwable cause) {
        completions.execute(() -> future.completeExceptionally(cause));
    }

    /** Runs {@code task} on the event loop after {@code delay}, using the shared timer. */
    @Override
    public Timeout schedule(Duration delay, Runnable task) {
        return resources.timer().newTimeout(t -> loop.execute(task), Math.max(1, delay.toMillis()),
                TimeUnit.MILLISECONDS);
    }

    /** @return the ticker's time, in nanoseconds */
    @Override
    public long nanoTime() {
        return resources.ticker().nanoTime();
    }

    // ---- connection life cycle (event loop only) ----

    private void connectNow() {
        reconnectTimer = null;
        if (closed) {
            return;
        }
        setState(ConnectionState.CONNECTING, null);
        ClientChannelHandler h = new ClientChannelHandler(this, credentials, options, address.toString());
        handler = h;
        // one deadline from TCP connect to login_ok, on our timer: the connect itself is bounded by it too
        handshakeDeadline = schedule(options.handshakeTimeout(), () -> handshakeTimedOut(h));
        Bootstrap bootstrap = new Bootstrap()
                .group(loop)
                .channel(resources.channelType());
        if (SocketChannel.class.isAssignableFrom(resources.channelType())) {
            bootstrap.option(ChannelOption.SO_KEEPALIVE, true).option(ChannelOption.TCP_NODELAY, true);
        }
        bootstrap.handler(new ChannelInitializer<Channel>() {
                    @Override
                    public boolean isSharable() {
                        // what ChannelInitializer's @Sharable says, without reading it: reading it parses the
                        // annotations and spins proxy classes, which a short cccp-report process pays in its connect
                        return true;
                    }

                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast("cccp", new ExplorerChannelCodec(options.maxFrameLength()));
                        if (options.trace() != MessageTrace.NONE) {
                            ch.pipeline().addLast("trace", new TraceHandler(options.trace()));
                        }
                        ch.pipeline().addLast("client", h);
                    }
                });
        ChannelFuture connect = bootstrap.connect(resources.resolve(address));
        channel = connect.channel();
        connect.addListener(f -> {
            if (f.isSuccess()) {
                if (handler == h && !closed) {
                    setState(ConnectionState.HANDSHAKING, null);
                }
            } else if (handler == h) {
                handler = null;
                channel = null;
                cancelHandshakeDeadline();
                attemptFailed(h.cause() != null ? h.cause() : new CccpConnectionException("cannot connect to "
                        + address + ": " + describe(f.cause()), f.cause()));
            }
        });
    }

    private void handshakeTimedOut(ClientChannelHandler h) {
        if (handler != h) {
            return;
        }
        CccpTimeoutException cause = new CccpTimeoutException("handshake with " + address + " timed out after "
                + Durations.text(options.handshakeTimeout()));
        if (!h.fail(cause)) {
            // still connecting: no channel handler context yet, so give up on the socket here
            handler = null;
            Channel ch = channel;
            channel = null;
            if (ch != null) {
                ch.close();
            }
            attemptFailed(cause);
        }
    }

    private void cancelHandshakeDeadline() {
        if (handshakeDeadline != null) {
            handshakeDeadline.cancel();
            handshakeDeadline = null;
        }
    }

    @Override
    public void onData() {
        lastDataNanos = resources.ticker().nanoTime();
        receivedAny = true;
    }

    @Override
    public void onReady(ExplorerSession newSession) {
        if (closed) {
            return;
        }
        cancelHandshakeDeadline();
        session = newSession;
        newSession.onServerEvent(serverEvents::onServerEvent);
        ClientChannelHandler current = handler;
        liveness = new Liveness(newSession, options.idleTimeout(), options.probeTimeout(), this,
                () -> lastDataNanos, cause -> {
                    if (handler == current) {
                        log.warn("[{}] {}; reconnecting", tag, LogText.of(cause.getMessage()));
                        current.fail(cause);
                    }
                });
        liveness.start();
        attempt = 0;
        everReady = true;
        setState(ConnectionState.READY, null);
        log.debug("[{}] ready", tag);
        // after the state listeners have seen READY (they run before, in order), off their executor
        events.execute(() -> complete(firstReady, this));
        for (Subscription sub : new ArrayList<>(subscriptions)) {
            sub.attach(newSession);
        }
    }

    @Override
    public void onRestartRequested() {
        restartNow = true;
    }

    @Override
    public void onClosed(ClientChannelHandler closedHandler, Throwable cause) {
        if (closedHandler != handler) {
            return;
        }
        handler = null;
        channel = null;
        cancelHandshakeDeadline();
        stopLiveness();
        ExplorerSession lost = session;
        session = null;
        if (lost != null) {
            log.warn("[{}] connection lost: {}", tag, describe(cause));
            for (OneShot<?> request : new ArrayList<>(inflight)) {
                request.sessionLost(cause);
            }
            inflight.clear();
            objectWindow.reset();
            for (Subscription sub : subscriptions) {
                sub.detach();
            }
        }
        if (!closed) {
            attemptFailed(cause);
        }
    }

    private void attemptFailed(Throwable cause) {
        if (cause instanceof CccpLoginException) {
            terminate(cause);
            return;
        }
        if (!everReady) {
            if (attempt + 1 >= options.initialConnectAttempts()) {
                terminate(cause);
                return;
            }
        } else if (!options.reconnect()) {
            terminate(cause);
            return;
        }
        long delay = restartNow ? 1 : backoff.delayMillis(attempt);
        restartNow = false;
        attempt++;
        // the timer first: whoever sees BACKING_OFF may rely on the attempt being scheduled
        reconnectTimer = schedule(Duration.ofMillis(delay), this::connectNow);
        setState(ConnectionState.BACKING_OFF, cause);
        log.info("[{}] reconnect attempt {} in {} ms ({})", tag, attempt, delay, describe(cause));
    }

    private void terminate(Throwable cause) {
        closed = true;
        setState(ConnectionState.CLOSED, cause);
        fail(firstReady, cause);
        closedAfterListeners();
    }

    /** Completes the close future once the listeners have seen CLOSED (they run before, on the executor). */
    private void closedAfterListeners() {
        events.execute(() -> complete(closeFuture, null));
    }

    private void stopLiveness() {
        if (liveness != null) {
            liveness.stop();
            liveness = null;
        }
    }

    /**
     * Closes for good: cancels a pending reconnect, fails requests in flight, closes the channel.
     *
     * @return completes once closed
     */
    public CompletableFuture<Void> close() {
        loop.execute(() -> {
            if (closed) {
                closedAfterListeners();
                return;
            }
            closed = true;
            if (reconnectTimer != null) {
                reconnectTimer.cancel();
            }
            cancelHandshakeDeadline();
            stopLiveness();
            CccpConnectionException cause = new CccpConnectionException("connection to " + address + " closed");
            for (OneShot<?> request : new ArrayList<>(inflight)) {
                request.sessionLost(cause);
            }
            inflight.clear();
            objectWindow.reset();
            for (Subscription sub : subscriptions) {
                sub.detach();
            }
            subscriptions.clear();
            handler = null;
            session = null;
            Channel ch = channel;
            channel = null;
            setState(ConnectionState.CLOSED, null);
            fail(firstReady, cause);
            if (ch != null) {
                ch.close().addListener(f -> closedAfterListeners());
            } else {
                closedAfterListeners();
            }
        });
        return closeFuture;
    }

    private void setState(ConnectionState next, Throwable cause) {
        ConnectionState previous = state;
        if (previous == next) {
            return;
        }
        state = next;
        events.execute(() -> {
            for (ConnectionStateListener l : stateListeners) {
                events.call(() -> l.onStateChange(previous, next, cause));
            }
        });
    }

    /** @return how log lines name this connection ({@code conn=3 host:port}) */
    public String tag() {
        return tag;
    }

    static String describe(Throwable t) {
        if (t == null) {
            return "unknown cause";
        }
        String m = t.getMessage();
        return m == null || m.isEmpty() ? t.getClass().getSimpleName() : m;
    }
}
