package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.CccpConnectionException;
import io.cccpexplorer.client.CccpLoginException;
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
import io.cccpexplorer.protocol.netty.ExplorerChannelCodec;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The machinery behind one {@link io.cccpexplorer.client.CccpConnection}: the state machine, reconnects, the
 * intent registry of live subscriptions, and the one-shot requests in flight.
 *
 * <p>Threading: every field without {@code volatile} is confined to one event loop, chosen at creation and used
 * by every channel of this connection, so no lock is needed. User code (state listeners, live-list listeners,
 * future completions) runs on {@link #events()}, a serial executor, never on that event loop.
 */
public final class ConnectionCore implements ClientChannelHandler.Owner {

    private static final Logger log = LoggerFactory.getLogger(ConnectionCore.class);

    private final ClientResources resources;
    private final ServerAddress address;
    private final Credentials credentials;
    private final ConnectionOptions options;
    private final EventLoop loop;
    private final SerialExecutor events;
    private final ServerEvents serverEvents;
    private final Backoff backoff;
    private final ObjectQueryWindow objectWindow;
    private final String tag;
    private final List<ConnectionStateListener> stateListeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<ConnectionCore> firstReady = new CompletableFuture<>();
    private final CompletableFuture<Void> closeFuture = new CompletableFuture<>();

    private volatile ConnectionState state = ConnectionState.CONNECTING;
    private ClientChannelHandler handler;
    private Channel channel;
    private ExplorerSession session;
    private final Set<Subscription> subscriptions = new LinkedHashSet<>();
    private final Set<OneShot<?>> inflight = new LinkedHashSet<>();
    private Timeout reconnectTimer;
    private int attempt;
    private boolean everReady;
    private boolean restartNow;
    private boolean closed;

    public ConnectionCore(ClientResources resources, ServerAddress address, Credentials credentials,
                          ConnectionOptions options) {
        this.resources = resources;
        this.address = address;
        this.credentials = credentials;
        this.options = options;
        this.loop = resources.nextEventLoop();
        this.tag = "conn=" + resources.nextConnectionId() + " " + address;
        this.events = new SerialExecutor(resources.listenerPool(), options.eventQueueCapacity(), tag);
        this.serverEvents = new ServerEvents(loop, events, options.requestTimeout(), () -> session);
        this.backoff = new Backoff(options.backoffMin(), options.backoffMax(),
                bound -> ThreadLocalRandom.current().nextLong(bound));
        this.objectWindow = new ObjectQueryWindow(options.objectQueryWindow());
    }

    /** Starts the first connect; the stage completes when READY, or fails when the attempts are used up. */
    public CompletableFuture<ConnectionCore> start() {
        loop.execute(this::connectNow);
        return firstReady;
    }

    public ConnectionOptions options() {
        return options;
    }

    public ServerAddress address() {
        return address;
    }

    public ConnectionState state() {
        return state;
    }

    public SerialExecutor events() {
        return events;
    }

    /** Client events out, server events in. */
    public ServerEvents serverEvents() {
        return serverEvents;
    }

    public EventLoop eventLoop() {
        return loop;
    }

    public void addStateListener(ConnectionStateListener listener) {
        stateListeners.add(listener);
    }

    public void removeStateListener(ConnectionStateListener listener) {
        stateListeners.remove(listener);
    }

    // ---- requests ----

    public CompletableFuture<List<ListEntry>> listEntries(ListQuery query) {
        return submit(new ListEntriesQuery(this, query));
    }

    public CompletableFuture<List<Row>> listRows(ListQuery query, RowFormat format) {
        return submit(new RowsQuery(this, query, format));
    }

    public CompletableFuture<Row> object(int objectId, RowFormat format, String path) {
        return submit(new ObjectQuery(this, objectId, format, path));
    }

    public LiveList liveList(ListQuery query, RowFormat format, LiveListListener listener) {
        LiveListSubscription sub = new LiveListSubscription(this, query, format, listener);
        loop.execute(() -> subscribe(sub));
        return sub;
    }

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

    <T> void complete(CompletableFuture<T> future, T value) {
        events.execute(() -> future.complete(value));
    }

    void fail(CompletableFuture<?> future, Throwable cause) {
        events.execute(() -> future.completeExceptionally(cause));
    }

    /** Runs {@code task} on the event loop after {@code delay}, using the shared wheel timer. */
    Timeout schedule(Duration delay, Runnable task) {
        return resources.timer().newTimeout(t -> loop.execute(task), Math.max(1, delay.toMillis()),
                TimeUnit.MILLISECONDS);
    }

    // ---- connection life cycle (event loop only) ----

    private void connectNow() {
        reconnectTimer = null;
        if (closed) {
            return;
        }
        setState(ConnectionState.CONNECTING, null);
        long deadline = System.nanoTime() + options.handshakeTimeout().toNanos();
        ClientChannelHandler h = new ClientChannelHandler(this, credentials, options, deadline, address.toString());
        handler = h;
        Bootstrap bootstrap = new Bootstrap()
                .group(loop)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                        options.handshakeTimeout().toMillis()))
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast("cccp", new ExplorerChannelCodec(options.maxFrameLength()));
                        if (options.trace() != MessageTrace.NONE) {
                            ch.pipeline().addLast("trace", new TraceHandler(options.trace()));
                        }
                        ch.pipeline().addLast("client", h);
                    }
                });
        ChannelFuture connect = bootstrap.connect(address.host(), address.port());
        channel = connect.channel();
        connect.addListener(f -> {
            if (f.isSuccess()) {
                if (handler == h && !closed) {
                    setState(ConnectionState.HANDSHAKING, null);
                }
            } else if (handler == h) {
                handler = null;
                channel = null;
                attemptFailed(new CccpConnectionException("cannot connect to " + address + ": "
                        + describe(f.cause()), f.cause()));
            }
        });
    }

    @Override
    public void onReady(ExplorerSession newSession) {
        if (closed) {
            return;
        }
        session = newSession;
        newSession.onServerEvent(serverEvents::onServerEvent);
        attempt = 0;
        everReady = true;
        setState(ConnectionState.READY, null);
        log.debug("[{}] ready", tag);
        events.execute(() -> firstReady.complete(this));
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
        setState(ConnectionState.BACKING_OFF, cause);
        log.info("[{}] reconnect attempt {} in {} ms ({})", tag, attempt, delay, describe(cause));
        reconnectTimer = schedule(Duration.ofMillis(delay), this::connectNow);
    }

    private void terminate(Throwable cause) {
        closed = true;
        setState(ConnectionState.CLOSED, cause);
        fail(firstReady, cause);
        events.execute(() -> closeFuture.complete(null));
    }

    /** Closes for good: cancels a pending reconnect, fails requests in flight, closes the channel. */
    public CompletableFuture<Void> close() {
        loop.execute(() -> {
            if (closed) {
                events.execute(() -> closeFuture.complete(null));
                return;
            }
            closed = true;
            if (reconnectTimer != null) {
                reconnectTimer.cancel();
            }
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
                ch.close().addListener(f -> events.execute(() -> closeFuture.complete(null)));
            } else {
                events.execute(() -> closeFuture.complete(null));
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
                l.onStateChange(previous, next, cause);
            }
        });
    }

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
