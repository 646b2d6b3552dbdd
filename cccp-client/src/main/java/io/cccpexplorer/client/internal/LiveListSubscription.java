package io.cccpexplorer.client.internal;

import io.cccpexplorer.protocol.LogText;
import io.cccpexplorer.client.CccpTimeoutException;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.LiveList;
import io.cccpexplorer.client.LiveListListener;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.protocol.objects.ListItem;
import io.cccpexplorer.protocol.objects.ProtocolList;
import io.cccpexplorer.protocol.objects.ProtocolObject;
import io.netty.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A live list (wire spec §5.3): {@code query_list}, one {@code query_object} per row with its own system id,
 * values merged as deltas arrive, {@code stop_query} when a row leaves (action 2 or 3) and on close.
 *
 * <p>Two sides. The event-loop side keeps the truth ({@link #rows}) and the server's ids; it survives a lost
 * connection, and on the next session reloads the list and removes the rows that vanished meanwhile. The
 * delivery side ({@link #delivered}, on the connection's event executor) turns each new row state into the
 * difference with what the listener saw, so repeats and reloads never produce duplicates or ghosts. When the
 * event queue is full, the event-loop side stops queuing row changes and, once the queue has drained, queues one
 * resync that carries the whole current state: memory stays bounded however slow the listener is.
 *
 * <p>Rows are never dropped because the server is slow: each row's {@code query_object} waits for a place in the
 * connection's {@link ObjectQueryWindow}, then has the request deadline; on timeout it is stopped
 * ({@code stop_query}) and sent again with a new id after a jittered backoff, and only after
 * {@link io.cccpexplorer.client.ConnectionOptions#rowQueryAttempts()} attempts is it reported failed (then asked
 * for again, now and then, while the session lasts). {@link #ready()} waits for every row of the initial snapshot.
 */
final class LiveListSubscription implements LiveList, Subscription {

    private static final Logger log = LoggerFactory.getLogger(LiveListSubscription.class);

    private final ConnectionCore core;
    private final ListQuery query;
    private final RowFormat format;
    private final FormatTree tree;
    private final LiveListListener listener;
    private final CompletableFuture<LiveList> ready;

    // event-loop side
    private final Map<Integer, Row> rows = new HashMap<>();
    private final Map<Integer, Integer> systemIds = new HashMap<>();
    private final Set<Integer> answered = new HashSet<>();
    private final Map<Integer, RowLoad> loads = new HashMap<>();
    private Set<Integer> stale = new HashSet<>();
    private ExplorerSession session;
    /** The format's id on {@link #formatSession}: looked up once per session, not hashed again for every row. */
    private ExplorerSession formatSession;
    private int formatId;
    private int listId;
    private int listAttempt;
    private int initialLoading;
    private boolean snapshotReceived;
    private boolean loadPhase;
    private boolean resyncPending;
    private Timeout loadDeadline;

    // read from any thread
    private final Set<Integer> pending = ConcurrentHashMap.newKeySet();
    private final Set<Integer> failed = ConcurrentHashMap.newKeySet();
    private final AtomicLong retries = new AtomicLong();

    // delivery side
    private final Map<Integer, Row> delivered = new HashMap<>();
    private volatile boolean closed;
    private final Runnable roomHook;

    LiveListSubscription(ConnectionCore core, ListQuery query, RowFormat format, LiveListListener listener) {
        this.core = core;
        this.query = query;
        this.format = format;
        this.tree = FormatTree.of(format);
        // after onReady, on the listener's executor: awaiting it from a listener fails fast instead of hanging
        this.ready = new ListenerAwareFuture<>(core.events(), "LiveList.ready() of " + query.describe());
        this.listener = listener;
        this.roomHook = () -> core.eventLoop().execute(this::flushResync);
        core.events().onRoom(roomHook);
    }

    @Override
    public ListQuery query() {
        return query;
    }

    @Override
    public RowFormat format() {
        return format;
    }

    @Override
    public Map<Integer, Row> snapshot() {
        synchronized (delivered) {
            return Map.copyOf(delivered);
        }
    }

    @Override
    public CompletionStage<LiveList> ready() {
        return ready;
    }

    @Override
    public Set<Integer> pendingRows() {
        return Set.copyOf(pending);
    }

    @Override
    public Set<Integer> failedRows() {
        return Set.copyOf(failed);
    }

    @Override
    public long retriedQueries() {
        return retries.get();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        core.events().removeRoomHook(roomHook);
        core.eventLoop().execute(() -> {
            core.unsubscribe(this);
            if (session != null) {
                stopAll();
            }
            detach();
        });
    }

    // ---- event-loop side ----

    @Override
    public void attach(ExplorerSession newSession) {
        session = newSession;
        snapshotReceived = false;
        loadPhase = true;
        stale = new HashSet<>(rows.keySet());
        failed.clear();
        listAttempt = 0;
        sendList();
    }

    private void sendList() {
        listId = session.register(new ResponseRoute() {
            @Override
            public void onList(ProtocolList list) {
                onListResponse(list);
            }
        });
        loadDeadline = core.schedule(core.options().requestTimeout(), this::listTimedOut);
        session.send(Requests.queryList(listId, query));
    }

    @Override
    public void detach() {
        session = null;
        formatSession = null;
        systemIds.clear();
        answered.clear();
        for (RowLoad load : loads.values()) {
            load.cancel();
        }
        loads.clear();
        initialLoading = 0;
        pending.clear();
        if (loadDeadline != null) {
            loadDeadline.cancel();
            loadDeadline = null;
        }
    }

    private void onListResponse(ProtocolList list) {
        if (!snapshotReceived) {
            snapshotReceived = true;
            if (loadDeadline != null) {
                loadDeadline.cancel();
                loadDeadline = null;
            }
            for (ListItem item : list.items()) {
                if (item.action() == ListItem.ADDED) {
                    track(item, true);
                }
            }
            finishLoadIfComplete();
            return;
        }
        for (ListItem item : list.items()) {
            if (item.action() == ListItem.ADDED) {
                track(item, false);
            } else if (item.isRemoval()) {
                untrack(item.itemId());
                if (rows.remove(item.itemId()) != null) {
                    publish(item.itemId(), null);
                }
                stale.remove(item.itemId());
            }
        }
        finishLoadIfComplete();
    }

    private void track(ListItem item, boolean initial) {
        int objectId = item.itemId();
        if (systemIds.containsKey(objectId) || loads.containsKey(objectId)) {
            return;
        }
        RowLoad load = new RowLoad(objectId, Requests.itemPath(query, item.path()), initial);
        loads.put(objectId, load);
        if (initial) {
            initialLoading++;
        }
        pending.add(objectId);
        failed.remove(objectId);
        request(load);
    }

    /** Queues the row's query for a place in the window; it is sent (with a fresh id) when one is free. */
    private void request(RowLoad load) {
        ExplorerSession current = session;
        load.permit = core.objectWindow().acquire(permit -> send(load, current, permit));
    }

    private void send(RowLoad load, ExplorerSession target, ObjectQueryWindow.Permit permit) {
        if (session != target || loads.get(load.objectId) != load) {
            permit.release();
            return;
        }
        load.permit = permit;
        int objectId = load.objectId;
        if (formatSession != session) {
            formatId = session.formatId(tree);
            formatSession = session;
        }
        int id = session.register(new ResponseRoute() {
            @Override
            public void onObject(ProtocolObject object) {
                onObjectResponse(objectId, object);
            }
        });
        systemIds.put(objectId, id);
        load.attempt++;
        load.deadline = core.schedule(core.options().requestTimeout(), () -> rowTimedOut(load, id));
        session.send(Requests.queryObject(id, load.path, objectId, formatId));
    }

    private void untrack(int objectId) {
        Integer id = systemIds.remove(objectId);
        answered.remove(objectId);
        failed.remove(objectId);
        if (id != null && session != null) {
            session.stop(id);
        }
        RowLoad load = removeLoad(objectId);
        if (load != null) {
            load.cancel();
        }
    }

    private void onObjectResponse(int objectId, ProtocolObject object) {
        Row row = answered.add(objectId) ? RowAssembler.first(objectId, tree, object)
                : RowAssembler.merge(rows.getOrDefault(objectId, new Row(objectId, Map.of())), tree, object);
        rows.put(objectId, row);
        stale.remove(objectId);
        failed.remove(objectId);
        // no longer pending before the listener can see it: pendingRows() never names a row already delivered
        RowLoad load = removeLoad(objectId);
        publish(objectId, row);
        if (load != null) {
            load.cancel();
            finishLoadIfComplete();
        }
    }

    /** The row's query stayed unanswered: stop it, then retry with a new id after a backoff, or give up. */
    private void rowTimedOut(RowLoad load, int systemId) {
        Integer current = systemIds.get(load.objectId);
        if (session == null || loads.get(load.objectId) != load || current == null || current != systemId) {
            return;
        }
        // stop first: releasing the place sends the next query at once, and the server must not see both
        systemIds.remove(load.objectId);
        session.stop(systemId);
        load.permit.release();
        Duration timeout = core.options().requestTimeout();
        if (load.attempt < core.options().rowQueryAttempts()) {
            retries.incrementAndGet();
            long delay = core.backoff().delayMillis(load.attempt - 1);
            log.debug("[{}] {}: object {} silent for {}, retry {} in {} ms", core.tag(), query.describe(),
                    load.objectId, Durations.text(timeout), load.attempt, delay);
            requestLater(load, delay);
            return;
        }
        removeLoad(load.objectId);
        if (load.askedAgain == 0) {
            failed.add(load.objectId);
            CccpTimeoutException cause = new CccpTimeoutException("query_object on object "
                    + Integer.toUnsignedString(load.objectId) + " of " + query.describe() + " unanswered after "
                    + load.attempt + " attempts of " + Durations.text(timeout));
            log.warn("[{}] {}; asked again, one query at a time, while the session lasts", core.tag(),
                    LogText.of(cause.getMessage()));
            core.events().execute(() -> {
                if (!closed) {
                    core.events().call(() -> listener.onRowFailed(load.objectId, cause));
                }
            });
        }
        askAgainLater(load);
        finishLoadIfComplete();
    }

    /**
     * A failed row is asked for again, one query at a time, each sent within {@code backoffMax} of the previous one's
     * timeout, for as long as the session lasts: a server that lost one answer would otherwise leave the row out until
     * the next reconnect, and one that answers the liveness probe never causes one. The row stays failed (reported
     * once, in {@link #failedRows()}) until it answers, and it is not pending: {@code pendingRows()}, which the model's
     * {@code caughtUp()} waits to empty, names rows still loading, not rows given up on.
     */
    private void askAgainLater(RowLoad failedLoad) {
        RowLoad again = new RowLoad(failedLoad.objectId, failedLoad.path, false);
        again.attempt = core.options().rowQueryAttempts() - 1;   // one attempt, then back here
        again.askedAgain = failedLoad.askedAgain + 1;
        loads.put(again.objectId, again);                         // so that untrack and detach cancel its timer
        retries.incrementAndGet();
        requestLater(again, core.backoff().delayMillis(again.attempt + again.askedAgain));
    }

    /** Sends {@code load}'s query after {@code delayMillis}, unless the session or the row's load changed meanwhile. */
    private void requestLater(RowLoad load, long delayMillis) {
        ExplorerSession target = session;
        load.retry = core.schedule(Duration.ofMillis(delayMillis), () -> {
            if (session == target && loads.get(load.objectId) == load) {
                request(load);
            }
        });
    }

    private RowLoad removeLoad(int objectId) {
        RowLoad load = loads.remove(objectId);
        if (load != null) {
            pending.remove(objectId);
            if (load.initial) {
                initialLoading--;
            }
        }
        return load;
    }

    private void finishLoadIfComplete() {
        if (loadPhase && snapshotReceived && initialLoading == 0) {
            finishLoad();
        }
    }

    /**
     * The {@code query_list} itself stayed unanswered: retried like a row; after the row attempts the failure is
     * reported once (the first load fails {@link #ready()}, a reload keeps the rows it had), and the list is still
     * asked for, one query at a time after the connection's backoff (capped at {@code backoffMax}), for as long as
     * the session lasts. It used to give up until the next reconnect, and a server that answers the liveness probe
     * never causes one: the list stayed dead while the connection was READY.
     */
    private void listTimedOut() {
        loadDeadline = null;
        if (!loadPhase || snapshotReceived || session == null) {
            return;
        }
        session.stop(listId);
        listAttempt++;
        if (listAttempt == core.options().rowQueryAttempts()) {
            CccpTimeoutException cause = new CccpTimeoutException(query.describe() + " unanswered after "
                    + listAttempt + " attempts of " + Durations.text(core.options().requestTimeout()));
            log.warn("[{}] {}; the list stays as it was and is asked for again every {} at most", core.tag(),
                    LogText.of(cause.getMessage()), Durations.text(core.options().backoffMax()));
            stale.clear();
            if (ready.isDone()) {
                finishLoad();
            } else {
                // the first load has nothing to show: say so rather than pretend an empty list
                loadPhase = false;
                core.events().execute(() -> ready.completeExceptionally(cause));
            }
        }
        retries.incrementAndGet();
        ExplorerSession target = session;
        loadDeadline = core.schedule(Duration.ofMillis(core.backoff().delayMillis(listAttempt - 1)), () -> {
            loadDeadline = null;
            if (session != target || closed || snapshotReceived) {
                return;
            }
            if (!loadPhase) { // asked again after the failure was reported: a reload, which removes vanished rows
                loadPhase = true;
                stale = new HashSet<>(rows.keySet());
            }
            sendList();
        });
    }

    private void finishLoad() {
        loadPhase = false;
        if (loadDeadline != null) {
            loadDeadline.cancel();
            loadDeadline = null;
        }
        for (int objectId : stale) {
            if (rows.remove(objectId) != null) {
                publish(objectId, null);
            }
        }
        stale = new HashSet<>();
        boolean first = !ready.isDone();
        core.events().execute(() -> {
            if (closed) {
                return;
            }
            if (first) {
                core.events().call(listener::onReady); // a failing onReady must not leave ready() pending
                ready.complete(this);
            } else {
                core.events().call(listener::onResync);
            }
        });
    }

    private void stopAll() {
        for (int id : new ArrayList<>(systemIds.values())) {
            session.stop(id);
        }
        session.stop(listId);
    }

    /** Queues a row's new state (null = gone); in resync mode the coming resync will carry it instead. */
    private void publish(int objectId, Row row) {
        if (resyncPending) {
            return;
        }
        if (!core.events().offer(() -> deliver(objectId, row))) {
            resyncPending = true;
            log.warn("[{}] event queue full: {} switches to resync", core.tag(), query.describe());
        }
    }

    private void flushResync() {
        if (!resyncPending || closed) {
            return;
        }
        resyncPending = false;
        Map<Integer, Row> truth = Map.copyOf(rows);
        core.events().execute(() -> {
            reconcile(truth);
            if (!closed) {
                core.events().call(listener::onResync);
            }
        });
    }

    // ---- delivery side ----

    private void deliver(int objectId, Row row) {
        if (closed) {
            return;
        }
        Row previous;
        synchronized (delivered) {
            previous = row == null ? delivered.remove(objectId) : delivered.put(objectId, row);
        }
        // each call isolated: a resync delivers many rows in one task, and one failure must not lose the rest
        if (previous == null && row != null) {
            core.events().call(() -> listener.onAdded(row));
        } else if (previous != null && row == null) {
            core.events().call(() -> listener.onRemoved(previous));
        } else if (row != null && !row.equals(previous)) {
            core.events().call(() -> listener.onUpdated(previous, row));
        }
    }

    private void reconcile(Map<Integer, Row> truth) {
        Set<Integer> gone;
        synchronized (delivered) {
            gone = new HashSet<>(delivered.keySet());
        }
        gone.removeAll(truth.keySet());
        for (int objectId : gone) {
            deliver(objectId, null);
        }
        truth.forEach(this::deliver);
    }

    /**
     * One row waiting for its first answer: its window place, deadline and retry timer, attempts so far; or a failed
     * row waiting to be asked again.
     */
    private static final class RowLoad {
        final int objectId;
        final String path;
        final boolean initial;
        int attempt;
        /** How many times the row was asked for again after its failure was reported (0: not failed yet). */
        int askedAgain;
        ObjectQueryWindow.Permit permit;
        Timeout deadline;
        Timeout retry;

        RowLoad(int objectId, String path, boolean initial) {
            this.objectId = objectId;
            this.path = path;
            this.initial = initial;
        }

        void cancel() {
            if (permit != null) {
                permit.release();
            }
            if (deadline != null) {
                deadline.cancel();
            }
            if (retry != null) {
                retry.cancel();
            }
        }
    }
}
