package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.LiveObject;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.protocol.objects.ProtocolObject;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A live object query: its row is re-queried on every new session, deltas are merged, and the listener sees
 * each distinct version once. Like {@link LiveListSubscription}, a full event queue makes it skip versions and
 * deliver the latest one when the queue has room.
 */
final class LiveObjectSubscription implements LiveObject, Subscription {

    private final ConnectionCore core;
    private final int objectId;
    private final FormatTree format;
    private final String path;
    private final Consumer<Row> listener;

    // event-loop side
    private ExplorerSession session;
    private int systemId;
    private boolean answered;
    private Row row;
    private boolean resyncPending;

    // delivery side
    private volatile Row delivered;
    private volatile boolean closed;
    private final Runnable roomHook;

    LiveObjectSubscription(ConnectionCore core, int objectId, RowFormat format, String path, Consumer<Row> listener) {
        this.core = core;
        this.objectId = objectId;
        this.format = FormatTree.of(format);
        this.path = path;
        this.listener = listener;
        this.roomHook = () -> core.eventLoop().execute(this::flushResync);
        core.events().onRoom(roomHook);
    }

    @Override
    public int objectId() {
        return objectId;
    }

    @Override
    public Optional<Row> current() {
        return Optional.ofNullable(delivered);
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
                session.stop(systemId);
            }
            detach();
        });
    }

    @Override
    public void attach(ExplorerSession newSession) {
        session = newSession;
        answered = false;
        int formatId = session.formatId(format);
        systemId = session.register(new ResponseRoute() {
            @Override
            public void onObject(ProtocolObject object) {
                row = answered ? RowAssembler.merge(row, format, object)
                        : RowAssembler.first(objectId, format, object);
                answered = true;
                publish(row);
            }
        });
        session.send(Requests.queryObject(systemId, path, objectId, formatId));
    }

    @Override
    public void detach() {
        session = null;
    }

    private void publish(Row version) {
        if (resyncPending) {
            return;
        }
        if (!core.events().offer(() -> deliver(version))) {
            resyncPending = true;
        }
    }

    private void flushResync() {
        if (resyncPending && row != null) {
            resyncPending = false;
            Row latest = row;
            core.events().execute(() -> deliver(latest));
        }
    }

    private void deliver(Row version) {
        if (closed || version.equals(delivered)) {
            return;
        }
        delivered = version;
        listener.accept(version);
    }
}
