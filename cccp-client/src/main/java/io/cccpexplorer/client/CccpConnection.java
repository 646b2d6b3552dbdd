package io.cccpexplorer.client;

import io.cccpexplorer.client.internal.ConnectionCore;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One logical connection to an explorer server: it logs in, serves one-shot queries and live subscriptions,
 * and (unless disabled) reconnects with jittered exponential backoff, re-creating every live subscription.
 * Thread-safe; every method may be called from any thread.
 *
 * <p>One-shot queries fail fast with {@link CccpConnectionException} while the connection is not
 * {@link ConnectionState#READY}, fail with {@link CccpTimeoutException} when the server stays silent past the
 * request timeout, and complete on this connection's event executor (never on the I/O thread), so a caller
 * may block or chain work in a completion stage.
 */
public final class CccpConnection implements AutoCloseable {

    private final ConnectionCore core;

    CccpConnection(ConnectionCore core) {
        this.core = core;
    }

    public ServerAddress address() {
        return core.address();
    }

    public ConnectionOptions options() {
        return core.options();
    }

    public ConnectionState state() {
        return core.state();
    }

    /** Listeners run in order on the connection's event executor. */
    public void addStateListener(ConnectionStateListener listener) {
        core.addStateListener(listener);
    }

    public void removeStateListener(ConnectionStateListener listener) {
        core.removeStateListener(listener);
    }

    /** The ids of the list's objects (items the server reports as present). */
    public CompletionStage<List<Integer>> listIds(ListQuery query) {
        return core.listEntries(query).thenApply(entries -> entries.stream().map(ListEntry::objectId).toList());
    }

    /** The list's items with their relative paths (the dispatch never sends one; other servers may). */
    public CompletionStage<List<ListEntry>> listEntries(ListQuery query) {
        return core.listEntries(query);
    }

    /** The rows of every object of the list, in the order the server answered. */
    public CompletionStage<List<Row>> listRows(ListQuery query, RowFormat format) {
        return core.listRows(query, format);
    }

    /** One object's row. */
    public CompletionStage<Row> object(int objectId, RowFormat format) {
        return core.object(objectId, format, ListQuery.DEFAULT_PATH);
    }

    /** One object's row, sending {@code path} as the query's database path. */
    public CompletionStage<Row> object(int objectId, RowFormat format, String path) {
        return core.object(objectId, format, path);
    }

    /** A live list; it lives until closed, across reconnects. */
    public LiveList liveList(ListQuery query, RowFormat format, LiveListListener listener) {
        return core.liveList(query, format, listener);
    }

    /** A live object; it lives until closed, across reconnects. */
    public LiveObject liveObject(int objectId, RowFormat format, Consumer<Row> listener) {
        return core.liveObject(objectId, format, ListQuery.DEFAULT_PATH, listener);
    }

    /** Sends a client event; completes once written, fails fast while not connected. */
    public CompletionStage<Void> sendEvent(CccpEvent event) {
        return core.sendEvent(event);
    }

    /**
     * Sends a client event and completes with the first server event named one of {@code replyNames}, e.g.
     * {@code request(CccpEvent.loadDay(day), Set.of(DAY_LOADED, BAD_DAY))}; fails with
     * {@link CccpTimeoutException} when no such event arrives within the request timeout.
     */
    public CompletionStage<CccpEvent> request(CccpEvent event, Set<String> replyNames) {
        return core.request(event, replyNames);
    }

    /** Server events, in order, on the connection's event executor; kept across reconnects. */
    public void addServerEventListener(ServerEventListener listener) {
        core.addServerEventListener(listener);
    }

    public void removeServerEventListener(ServerEventListener listener) {
        core.removeServerEventListener(listener);
    }

    /** The dispatch's answer to a {@link CccpEvent#loadDay load_day} event it could load. */
    public static final String DAY_LOADED = "com.consistent.ccenter.dispatch.day_loaded";
    /** The dispatch's answer to a {@link CccpEvent#loadDay load_day} event naming a malformed day. */
    public static final String BAD_DAY = "com.consistent.ccenter.dispatch.bad_day";

    /** Listener events refused because the event queue was full (each one turned into a resync). */
    public long droppedEventCount() {
        return core.droppedEventCount();
    }

    /** Closes for good, waiting at most a few seconds for the socket to close. */
    @Override
    public void close() {
        try {
            core.close().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the channel is closing anyway; nothing else to release
        }
    }

    /** Closes without waiting. */
    public CompletionStage<Void> closeAsync() {
        return core.close();
    }

    @Override
    public String toString() {
        return "CccpConnection[" + core.tag() + ", " + state() + "]";
    }
}
