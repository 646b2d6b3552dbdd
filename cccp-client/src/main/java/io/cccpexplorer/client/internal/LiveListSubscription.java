package io.cccpexplorer.client.internal;

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

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

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
 */
final class LiveListSubscription implements LiveList, Subscription {

    private static final Logger log = LoggerFactory.getLogger(LiveListSubscription.class);

    private final ConnectionCore core;
    private final ListQuery query;
    private final RowFormat format;
    private final LiveListListener listener;
    private final CompletableFuture<LiveList> ready = new CompletableFuture<>();

    // event-loop side
    private final Map<Integer, Row> rows = new HashMap<>();
    private final Map<Integer, Integer> systemIds = new HashMap<>();
    private final Set<Integer> answered = new HashSet<>();
    private final Set<Integer> loading = new HashSet<>();
    private Set<Integer> stale = new HashSet<>();
    private ExplorerSession session;
    private int listId;
    private boolean snapshotReceived;
    private boolean loadPhase;
    private boolean resyncPending;
    private Timeout loadDeadline;

    // delivery side
    private final Map<Integer, Row> delivered = new HashMap<>();
    private volatile boolean closed;
    private final Runnable roomHook;

    LiveListSubscription(ConnectionCore core, ListQuery query, RowFormat format, LiveListListener listener) {
        this.core = core;
        this.query = query;
        this.format = format;
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
        listId = session.register(new ResponseRoute() {
            @Override
            public void onList(ProtocolList list) {
                onListResponse(list);
            }
        });
        loadDeadline = core.schedule(core.options().requestTimeout(), this::loadTimedOut);
        session.send(Requests.queryList(listId, query));
    }

    @Override
    public void detach() {
        session = null;
        systemIds.clear();
        answered.clear();
        loading.clear();
        if (loadDeadline != null) {
            loadDeadline.cancel();
            loadDeadline = null;
        }
    }

    private void onListResponse(ProtocolList list) {
        if (!snapshotReceived) {
            snapshotReceived = true;
            for (ListItem item : list.items()) {
                if (item.action() == ListItem.ADDED && track(item)) {
                    loading.add(item.itemId());
                }
            }
            finishLoadIfComplete();
            return;
        }
        for (ListItem item : list.items()) {
            if (item.action() == ListItem.ADDED) {
                track(item);
            } else if (item.isRemoval()) {
                untrack(item.itemId());
                if (rows.remove(item.itemId()) != null) {
                    publish(item.itemId(), null);
                }
                loading.remove(item.itemId());
                stale.remove(item.itemId());
            }
        }
        finishLoadIfComplete();
    }

    private boolean track(ListItem item) {
        int objectId = item.itemId();
        if (systemIds.containsKey(objectId)) {
            return false;
        }
        int formatId = session.formatId(format);
        int id = session.register(new ResponseRoute() {
            @Override
            public void onObject(ProtocolObject object) {
                onObjectResponse(objectId, object);
            }
        });
        systemIds.put(objectId, id);
        session.send(Requests.queryObject(id, Requests.itemPath(query, item.path()), objectId, formatId));
        return true;
    }

    private void untrack(int objectId) {
        Integer id = systemIds.remove(objectId);
        answered.remove(objectId);
        if (id != null && session != null) {
            session.stop(id);
        }
    }

    private void onObjectResponse(int objectId, ProtocolObject object) {
        Row row = answered.add(objectId) ? RowAssembler.first(objectId, format, object)
                : RowAssembler.merge(rows.getOrDefault(objectId, new Row(objectId, Map.of())), format, object);
        rows.put(objectId, row);
        stale.remove(objectId);
        publish(objectId, row);
        if (loading.remove(objectId)) {
            finishLoadIfComplete();
        }
    }

    private void finishLoadIfComplete() {
        if (loadPhase && snapshotReceived && loading.isEmpty()) {
            finishLoad();
        }
    }

    private void loadTimedOut() {
        if (!loadPhase || session == null) {
            return;
        }
        log.warn("[{}] {}: {} of the objects never answered within {}; they are left out", core.tag(),
                query.describe(), snapshotReceived ? loading.size() : "all",
                Durations.text(core.options().requestTimeout()));
        for (int objectId : loading) {
            untrack(objectId);
        }
        loading.clear();
        finishLoad();
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
                listener.onReady();
                ready.complete(this);
            } else {
                listener.onResync();
            }
        });
    }

    private void stopAll() {
        for (int id : systemIds.values()) {
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
                listener.onResync();
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
        if (previous == null && row != null) {
            listener.onAdded(row);
        } else if (previous != null && row == null) {
            listener.onRemoved(previous);
        } else if (row != null && !row.equals(previous)) {
            listener.onUpdated(previous, row);
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
}
