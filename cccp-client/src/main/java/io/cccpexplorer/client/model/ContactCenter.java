package io.cccpexplorer.client.model;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.CccpConnectionException;
import io.cccpexplorer.client.CccpException;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.ConnectionState;
import io.cccpexplorer.client.ConnectionStateListener;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.LiveList;
import io.cccpexplorer.client.LiveListListener;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.client.internal.SerialExecutor;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The live contact center of one server: agents, calls and queues, kept up to date from four live lists
 * (user sessions, call sessions, queue tasks, queues) and published as immutable snapshots plus
 * ADDED/UPDATED/REMOVED changes with sequence numbers.
 *
 * <p>Thread safety: all methods are thread-safe. The model state is updated on the connection's event executor
 * (one task at a time); {@link #snapshot()} returns the latest consistent snapshot without locking; listeners
 * run in order on this model's own serial executor, never on the I/O thread. A slow listener makes changes be
 * skipped and replaced by one {@link ContactCenterListener#onResync()}, so memory stays bounded.
 */
public final class ContactCenter implements AutoCloseable {

    private static final int LISTENER_QUEUE_CAPACITY = 10_000;
    /** A request answered with no row: its answer follows every push the server sent before it (§5). */
    private static final ListQuery ROUND_TRIP = ListQuery.of(0, "queues").filter(".[virtual_queue eq 99]");
    private static final RowFormat ROUND_TRIP_FORMAT = RowFormat.of("name");

    private final CccpConnection connection;
    private final boolean ownsConnection;
    private final ExecutorService listenerThread;
    private final SerialExecutor listenerExecutor;
    private final List<ContactCenterListener> listeners = new CopyOnWriteArrayList<>();
    private final ContactCenterState state;
    private final List<LiveList> lists;
    private final List<LiveListListener> listListeners;
    private final ResyncGate<LiveListListener> resyncs;
    private final ConnectionStateListener stateForwarder;
    private final CompletableFuture<ContactCenter> ready;
    /** The lists that delivered a complete snapshot: their first load, or a late answer after it failed. */
    private final Set<LiveListListener> loadedLists = ConcurrentHashMap.newKeySet();
    private volatile boolean resyncPending;

    private ContactCenter(CccpConnection connection, boolean ownsConnection, FigureSettings settings, Clock clock) {
        this.connection = connection;
        this.ownsConnection = ownsConnection;
        this.listenerThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cccp-model-" + connection.address());
            t.setDaemon(true);
            return t;
        });
        this.listenerExecutor = new SerialExecutor(listenerThread, LISTENER_QUEUE_CAPACITY,
                "model " + connection.address());
        this.listenerExecutor.onRoom(this::flushResync);
        this.state = new ContactCenterState(this::emit, Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(clock, "clock"));
        this.listListeners = List.of(rows(state::agentRow, state::agentRemoved),
                rows(state::callRow, state::callRemoved), rows(state::taskRow, state::taskRemoved),
                rows(state::queueRow, state::queueRemoved));
        this.resyncs = new ResyncGate<>(listListeners);
        this.lists = List.of(
                connection.liveList(ContactCenterViews.AGENTS, ContactCenterViews.AGENT_FORMAT, listListeners.get(0)),
                connection.liveList(ContactCenterViews.CALLS, ContactCenterViews.CALL_FORMAT, listListeners.get(1)),
                connection.liveList(ContactCenterViews.TASKS, ContactCenterViews.TASK_FORMAT, listListeners.get(2)),
                connection.liveList(ContactCenterViews.QUEUES, ContactCenterViews.QUEUE_FORMAT, listListeners.get(3)));
        for (int i = 0; i < lists.size(); i++) {
            LiveListListener list = listListeners.get(i);
            lists.get(i).ready().thenRun(() -> loadedLists.add(list));
        }
        this.ready = CompletableFuture.allOf(lists.stream()
                        .map(l -> l.ready().toCompletableFuture()).toArray(CompletableFuture[]::new))
                .thenApply(ignored -> this);
        this.stateForwarder = (previous, current, cause) -> {
            if (current != ConnectionState.READY) {
                // every list reloads after the next login and reports its own resync: wait for all of them
                resyncs.connectionLost();
            }
            dispatch(l -> l.onConnectionState(current));
        };
        connection.addStateListener(stateForwarder);
    }

    /**
     * A model over an existing connection, with default figure settings in the system time zone and the system
     * clock; closing the model leaves the connection open.
     *
     * @param connection a connection of {@link CccpClient}
     * @return the model, loading its first snapshots ({@link #ready()})
     */
    public static ContactCenter open(CccpConnection connection) {
        return open(connection, FigureSettings.defaults(ZoneId.systemDefault()), Clock.systemUTC());
    }

    /**
     * A model over an existing connection; closing the model leaves the connection open.
     *
     * @param connection a connection of {@link CccpClient}
     * @param settings   how the day figures are computed (time zone, day start, targets, teams)
     * @param clock      the model's time: day boundaries, live durations of snapshots, dates of changes
     * @return the model, loading its first snapshots ({@link #ready()})
     */
    public static ContactCenter open(CccpConnection connection, FigureSettings settings, Clock clock) {
        return new ContactCenter(Objects.requireNonNull(connection, "connection"), false, settings, clock);
    }

    /**
     * Connects (waiting for the first login, within the handshake deadline) and opens a model that owns the
     * connection.
     *
     * @param client      the client whose event loop carries the connection
     * @param address     the server
     * @param credentials its login
     * @param options     deadlines, reconnect, liveness
     * @return the model, logged in and loading its first snapshots ({@link #ready()})
     * @throws CccpException when the connection cannot be established
     */
    public static ContactCenter open(CccpClient client, ServerAddress address, Credentials credentials,
                                     ConnectionOptions options) {
        Duration wait = options.handshakeTimeout().multipliedBy(options.initialConnectAttempts())
                .plus(options.backoffMax().multipliedBy(options.initialConnectAttempts()));
        try {
            CccpConnection connection = client.connect(address, credentials, options).toCompletableFuture()
                    .get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return new ContactCenter(connection, true, FigureSettings.defaults(ZoneId.systemDefault()),
                    Clock.systemUTC());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof CccpException c ? c
                    : new CccpConnectionException("cannot open the contact center of " + address, e.getCause());
        } catch (TimeoutException e) {
            throw new CccpConnectionException("cannot open the contact center of " + address + ": no login within "
                    + wait.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CccpConnectionException("interrupted while connecting to " + address);
        }
    }

    /**
     * Connects and opens a model that owns the connection, without blocking: the asynchronous twin of
     * {@link #open(CccpClient, ServerAddress, Credentials, ConnectionOptions)}.
     *
     * @param client      the client whose event loop carries the connection
     * @param address     the server
     * @param credentials its login
     * @param options     deadlines, reconnect, liveness
     * @return completes with the model once logged in (then {@link #ready()} follows the first snapshots), or
     *         fails as {@link CccpClient#connect} does
     */
    public static CompletionStage<ContactCenter> openAsync(CccpClient client, ServerAddress address,
                                                          Credentials credentials, ConnectionOptions options) {
        return client.connect(address, credentials, options).thenApply(connection -> new ContactCenter(connection,
                true, FigureSettings.defaults(ZoneId.systemDefault()), Clock.systemUTC()));
    }

    /**
     * The first load: completes once the four initial snapshots are loaded, or fails when a list's
     * {@code query_list} stayed unanswered after every attempt (see {@link LiveList#ready()}). It keeps that first
     * outcome; {@link #loaded()} follows a list that answers later.
     *
     * @return a stage that completes once the four initial snapshots are loaded
     */
    public CompletionStage<ContactCenter> ready() {
        return ready;
    }

    /**
     * Whether every list has delivered a complete snapshot: true once {@link #ready()} completed, and also once
     * each list whose first load failed has answered since (the client keeps asking for it; its rows come with
     * {@link ContactCenterListener#onResync()}, and this is true before that resync reaches the listeners). Stays
     * true through a reconnect: the model keeps its rows and reloads them. A caller that read a failed
     * {@link #ready()} as "no picture" asks this instead, or the answer stays "no picture" for the session.
     *
     * @return whether the model holds a complete picture of the four lists
     */
    public boolean loaded() {
        return loadedLists.size() == lists.size();
    }

    /** {@return the model now: an immutable picture, built lazily and shared until the next change} */
    public ContactCenterSnapshot snapshot() {
        return state.snapshot();
    }

    /**
     * The call of one session as the model has it now, without building a {@link #snapshot()}: for a caller that
     * looks up calls one by one (a writer storing each call as it ends). The same {@link Call} a snapshot taken now
     * would hold.
     *
     * @param sessionId the call's session id
     * @return the call, or empty when the model has no call of that session (never had it, or it left the list)
     */
    public Optional<Call> call(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return Optional.ofNullable(state.callOfSession(sessionId));
    }

    /**
     * The agent of one session as the model has it now, without building a {@link #snapshot()}.
     *
     * @param sessionId the agent's session id
     * @return the agent, or empty when the model has no agent of that session
     */
    public Optional<Agent> agent(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return Optional.ofNullable(state.agentOfSession(sessionId));
    }

    /**
     * The object id of one session the model knows (agent, technical or call), by the model's session index,
     * without building a {@link #snapshot()}: what a console over that session follows.
     *
     * @param sessionId the session id
     * @return its object id, or empty when the model has no session of that id
     */
    public OptionalInt objectIdOfSession(String sessionId) {
        Integer id = state.objectIdOfSession(Objects.requireNonNull(sessionId, "sessionId"));
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /**
     * A barrier for a caller that has stopped changing the server (an import between two batches): completes once
     * this model's listeners have heard every change of what the server sent before this call. Three hand-overs
     * stand between a push and a listener, and none of them is ordered with a request's answer: a new row's values
     * come with its own {@code query_object}, sent once its list entry arrived; row changes run on the
     * connection's event executor while answers complete on the shared pool; the model's changes then wait on the
     * model's own executor. So: round trips until no row is loading, one more (the loop task that finished the
     * last row has queued it), then the connection's event queue, then the model's.
     *
     * <p>Changes the model skipped because a queue was full are not waited for: see {@link #droppedChangeCount()}.
     * Never completes once the model is closed; wait with a deadline.
     *
     * @return completes when the listeners are caught up
     */
    public CompletionStage<Void> caughtUp() {
        return roundTrip().thenCompose(ignored -> rowsLoaded())
                .thenCompose(ignored -> roundTrip())
                .thenCompose(ignored -> connection.afterQueuedEvents())
                .thenCompose(ignored -> afterListeners());
    }

    /**
     * Completes once every row the server had added to the model's lists before this call has its first values
     * (its {@code query_object} answered by the server). Cheaper than {@link #caughtUp()}: it does not wait for the
     * listeners. For a caller that drives the server (an import) and must not change a new row before the model
     * has read it: the server answers with the row as it is then, so what changed in between would reach the model
     * only as the row's first values, its intermediate states never seen.
     *
     * @return completes when no row of the model waits for its first values
     */
    public CompletionStage<Void> newRowsLoaded() {
        return roundTrip().thenCompose(ignored -> rowsLoaded());
    }

    /**
     * {@return how many changes were skipped because the connection's event queue or this model's listener queue
     * was full} Each skip is followed by a resync, which restores the current state but not the intermediate
     * ones: a listener that must see every change (an import) fails when this is not zero.
     */
    public long droppedChangeCount() {
        return connection.droppedEventCount() + listenerExecutor.refusedCount();
    }

    /**
     * {@return how many listener calls ended with an exception: this model's listeners, and the connection's (the
     * model's own row handling among them)} Each one is logged, and the other listeners still get the change, but
     * the listener that threw missed it: like {@link #droppedChangeCount()}, a listener that must see every change
     * (an import) fails when this is not zero. Over a shared connection the connection's count includes the other
     * users' listeners.
     */
    public long listenerFailureCount() {
        return connection.listenerFailureCount() + listenerExecutor.failureCount();
    }

    private CompletionStage<Void> roundTrip() {
        return connection.listRows(ROUND_TRIP, ROUND_TRIP_FORMAT).thenApply(ignored -> null);
    }

    /** Round trips until no list waits for a row's values (each answers the row queries sent before it). */
    private CompletionStage<Void> rowsLoaded() {
        if (lists.stream().allMatch(l -> l.pendingRows().isEmpty())) {
            return CompletableFuture.completedFuture(null);
        }
        return roundTrip().thenCompose(ignored -> rowsLoaded());
    }

    private CompletionStage<Void> afterListeners() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        listenerExecutor.execute(() -> done.complete(null));
        return done;
    }

    /** {@return the state of the underlying connection} */
    public ConnectionState connectionState() {
        return connection.state();
    }

    /** {@return the underlying connection} */
    public CccpConnection connection() {
        return connection;
    }

    /**
     * Adds a listener of the model's changes; it runs on the model's own thread, in order.
     *
     * @param listener the listener
     */
    public void addListener(ContactCenterListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Removes a listener; no call after this returns, except one already running.
     *
     * @param listener a listener added before
     */
    public void removeListener(ContactCenterListener listener) {
        listeners.remove(listener);
    }

    /**
     * Live events of one session (agent or call), e.g. for a console. The feed finds the session's object id
     * in the model, or asks the server, then follows its {@code events} list.
     *
     * @param sessionId the agent's or the call's session id
     * @param listener  receives the session's events, then each new one
     * @return the feed; close it to stop following
     */
    public SessionEventFeed sessionEvents(String sessionId, SessionEventListener listener) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(listener, "listener");
        return new LiveSessionEventFeed(connection, sessionId, state.objectIdOfSession(sessionId), listener,
                listenerExecutor);
    }

    @Override
    public void close() {
        connection.removeStateListener(stateForwarder);
        lists.forEach(LiveList::close);
        if (ownsConnection) {
            connection.close();
        }
        listenerThread.shutdown();
    }

    private LiveListListener rows(Consumer<Row> upsert, Consumer<Row> remove) {
        return new LiveListListener() {

            @Override
            public void onAdded(Row row) {
                upsert.accept(row);
            }

            @Override
            public void onUpdated(Row previous, Row current) {
                upsert.accept(current);
            }

            @Override
            public void onRemoved(Row row) {
                remove.accept(row);
            }

            @Override
            public void onResync() {
                listResynced(this);
            }
        };
    }

    /**
     * One list finished a resync. After a reconnect all four reload: the model's listeners hear one resync once
     * the last of them is done. A list resynced alone (its event queue overflowed) makes one resync at once.
     */
    private void listResynced(LiveListListener list) {
        loadedLists.add(list);   // a list whose first load failed and that answered later
        if (resyncs.resynced(list)) {
            dispatch(ContactCenterListener::onResync);
        }
    }

    /** Called by the state, on the connection's event executor, for each change in order. */
    private void emit(Consumer<ContactCenterListener> change) {
        dispatch(change);
    }

    private void dispatch(Consumer<ContactCenterListener> event) {
        if (resyncPending) {
            return;
        }
        if (!listenerExecutor.offer(() -> callEach(event))) {
            resyncPending = true;
        }
    }

    /** Each listener in its own call: one that throws is counted and does not keep the change from the others. */
    private void callEach(Consumer<ContactCenterListener> event) {
        for (ContactCenterListener l : listeners) {
            listenerExecutor.call(() -> event.accept(l));
        }
    }

    private void flushResync() {
        if (resyncPending) {
            resyncPending = false;
            callEach(ContactCenterListener::onResync);
        }
    }
}
