package io.cccpexplorer.client.model;

import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.CccpException;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.LiveList;
import io.cccpexplorer.client.LiveListListener;
import io.cccpexplorer.client.Row;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A session's {@code events} list followed live. When the model does not know the session, its object id is
 * looked up with {@code query_list sessions} filtered on {@code session_id}.
 */
final class LiveSessionEventFeed implements SessionEventFeed {

    private static final Comparator<SessionEvent> BY_DATE = Comparator
            .comparing((SessionEvent e) -> e.date() == null ? java.time.Instant.EPOCH : e.date().toInstant())
            .thenComparingInt(SessionEvent::objectId);

    private final String sessionId;
    private final SessionEventListener listener;
    private final Executor listenerExecutor;
    private volatile LiveList events;
    private volatile boolean closed;

    LiveSessionEventFeed(CccpConnection connection, String sessionId, Integer knownObjectId,
                         SessionEventListener listener, Executor listenerExecutor) {
        this.sessionId = sessionId;
        this.listener = listener;
        this.listenerExecutor = listenerExecutor;
        if (knownObjectId != null) {
            follow(connection, knownObjectId);
        } else if (sessionId.indexOf('\'') >= 0) {
            listenerExecutor.execute(() -> listener.onError(new IllegalArgumentException(
                    "sessionId: " + sessionId + " (expected: no quote)")));
        } else {
            connection.listIds(ListQuery.of(0, "sessions").filter(".[session_id eq '" + sessionId + "']"))
                    .whenComplete((ids, failure) -> {
                        if (failure != null) {
                            listenerExecutor.execute(() -> listener.onError(failure));
                        } else if (ids.isEmpty()) {
                            listenerExecutor.execute(() -> listener.onError(
                                    new CccpException("unknown session " + sessionId)));
                        } else {
                            follow(connection, ids.get(0));
                        }
                    });
        }
    }

    private void follow(CccpConnection connection, int objectId) {
        if (closed) {
            return;
        }
        events = connection.liveList(ListQuery.of(objectId, "events"), ContactCenterViews.EVENT_FORMAT,
                new LiveListListener() {
                    @Override
                    public void onAdded(Row row) {
                        SessionEvent e = ContactCenterViews.event(row);
                        listenerExecutor.execute(() -> listener.onEvent(e));
                    }

                    @Override
                    public void onUpdated(Row previous, Row current) {
                        onAdded(current);
                    }

                    @Override
                    public void onReady() {
                        listenerExecutor.execute(listener::onReady);
                    }
                });
        if (closed) {
            events.close();
        }
    }

    @Override
    public String sessionId() {
        return sessionId;
    }

    @Override
    public List<SessionEvent> snapshot() {
        LiveList list = events;
        if (list == null) {
            return List.of();
        }
        return list.snapshot().values().stream().map(ContactCenterViews::event).sorted(BY_DATE).toList();
    }

    @Override
    public void close() {
        closed = true;
        LiveList list = events;
        if (list != null) {
            list.close();
        }
    }
}
