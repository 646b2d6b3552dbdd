package io.cccpexplorer.client;

import io.cccpexplorer.client.internal.ConnectionCore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
 * {@link ConnectionState#READY}, and fail with {@link CccpTimeoutException} when the server stays silent past the
 * request timeout: every stage this API returns completes, so waiting on one never hangs.
 *
 * <p>Threading. Listeners (state, live lists, live objects, server events) run in order on this connection's
 * event executor; stages complete on the client's completion pool. Neither is ever the I/O thread, so a caller
 * may block or chain work in a stage, and a listener may block on a stage of this connection (for example
 * {@code conn.object(id, format).toCompletableFuture().get()} inside {@link LiveListListener#onAdded}): the
 * completion does not queue behind the listener. Blocking in a listener still holds back this connection's
 * later events for as long as it blocks; {@link #sync()} gives the same calls as blocking methods.
 *
 * <p>Liveness. After {@link ConnectionOptions#idleTimeout()} without data from the server, the connection
 * asks a question the server must answer; if nothing arrives within {@link ConnectionOptions#probeTimeout()},
 * it closes the socket and reconnects (state {@link ConnectionState#BACKING_OFF}, with the reason).
 * {@link #lastDataReceived()} tells when the server last sent anything.
 */
public final class CccpConnection implements AutoCloseable {

    private final ConnectionCore core;
    private final CccpSyncConnection sync;

    CccpConnection(ConnectionCore core) {
        this.core = core;
        this.sync = new CccpSyncConnection(this);
    }

    /** @return where the server listens */
    public ServerAddress address() {
        return core.address();
    }

    /** @return how this connection behaves */
    public ConnectionOptions options() {
        return core.options();
    }

    /** @return the current state */
    public ConnectionState state() {
        return core.state();
    }

    /**
     * When the server last sent anything (an answer, a push, a probe's answer), on any socket of this connection.
     *
     * @return that time, empty before the first message
     */
    public Optional<Instant> lastDataReceived() {
        return core.lastDataReceived();
    }

    /**
     * The same calls as blocking methods, for code that has no use for stages.
     *
     * @return the blocking view of this connection
     */
    public CccpSyncConnection sync() {
        return sync;
    }

    /**
     * Adds a listener of state changes; listeners run in order on the connection's event executor.
     *
     * @param listener the listener
     */
    public void addStateListener(ConnectionStateListener listener) {
        core.addStateListener(listener);
    }

    /** @param listener a listener added before */
    public void removeStateListener(ConnectionStateListener listener) {
        core.removeStateListener(listener);
    }

    /**
     * The ids of the list's objects (items the server reports as present).
     *
     * @param query the list
     * @return the object ids
     */
    public CompletionStage<List<Integer>> listIds(ListQuery query) {
        return core.listEntries(query).thenApply(entries -> entries.stream().map(ListEntry::objectId).toList());
    }

    /**
     * The list's items with their relative paths (the dispatch never sends one; other servers may).
     *
     * @param query the list
     * @return the items
     */
    public CompletionStage<List<ListEntry>> listEntries(ListQuery query) {
        return core.listEntries(query);
    }

    /**
     * The rows of every object of the list, in the order the server answered.
     *
     * @param query  the list
     * @param format the fields of each row
     * @return the rows
     */
    public CompletionStage<List<Row>> listRows(ListQuery query, RowFormat format) {
        return core.listRows(query, format);
    }

    /**
     * One object's row.
     *
     * @param objectId the object
     * @param format   the fields
     * @return the row
     */
    public CompletionStage<Row> object(int objectId, RowFormat format) {
        return core.object(objectId, format, ListQuery.DEFAULT_PATH);
    }

    /**
     * One object's row, sending {@code path} as the query's database path.
     *
     * @param objectId the object
     * @param format   the fields
     * @param path     the database path
     * @return the row
     */
    public CompletionStage<Row> object(int objectId, RowFormat format, String path) {
        return core.object(objectId, format, path);
    }

    /**
     * A live list; it lives until closed, across reconnects.
     *
     * @param query    the list
     * @param format   the fields of each row
     * @param listener told of every change
     * @return the list, loading; {@link LiveList#ready()} completes with the first snapshot
     */
    public LiveList liveList(ListQuery query, RowFormat format, LiveListListener listener) {
        return core.liveList(query, format, listener);
    }

    /**
     * A live object; it lives until closed, across reconnects.
     *
     * @param objectId the object
     * @param format   the fields
     * @param listener told of each distinct version
     * @return the live object
     */
    public LiveObject liveObject(int objectId, RowFormat format, Consumer<Row> listener) {
        return core.liveObject(objectId, format, ListQuery.DEFAULT_PATH, listener);
    }

    /**
     * Sends a client event; completes once written, fails fast while not connected.
     *
     * @param event the event
     * @return completes once written
     */
    public CompletionStage<Void> sendEvent(CccpEvent event) {
        return core.sendEvent(event);
    }

    /**
     * Sends a client event and completes with the first server event named one of {@code replyNames}, e.g.
     * {@code request(CccpEvent.loadDay(day), Set.of(DAY_LOADED, BAD_DAY))}; fails with
     * {@link CccpTimeoutException} when no such event arrives within the request timeout.
     *
     * @param event      the event
     * @param replyNames the names of the events that answer it
     * @return the answer
     */
    public CompletionStage<CccpEvent> request(CccpEvent event, Set<String> replyNames) {
        return core.request(event, replyNames);
    }

    /**
     * Listens to server events, in order, on the connection's event executor; kept across reconnects.
     *
     * @param listener the listener
     */
    public void addServerEventListener(ServerEventListener listener) {
        core.addServerEventListener(listener);
    }

    /** @param listener a listener added before */
    public void removeServerEventListener(ServerEventListener listener) {
        core.removeServerEventListener(listener);
    }

    /** The dispatch's answer to a {@link CccpEvent#loadDay load_day} event it could load. */
    public static final String DAY_LOADED = "com.consistent.ccenter.dispatch.day_loaded";
    /** The dispatch's answer to a {@link CccpEvent#loadDay load_day} event naming a malformed day. */
    public static final String BAD_DAY = "com.consistent.ccenter.dispatch.bad_day";

    /** @return listener events refused because the event queue was full (each one turned into a resync) */
    public long droppedEventCount() {
        return core.droppedEventCount();
    }

    /**
     * {@return how many calls of this connection's listeners ended with an exception} Each one is logged; the other
     * listeners still get the change, and a live list's {@link LiveList#snapshot()} holds it, but the listener that
     * threw missed it.
     */
    public long listenerFailureCount() {
        return core.listenerFailureCount();
    }

    /**
     * {@return a stage that completes once every listener event this connection had queued when called has run}
     * A barrier for a caller that knows the server has nothing more to send: answers to requests complete on the
     * shared pool, not in order with the live lists' row changes, so an answer does not mean its earlier pushes
     * reached the listeners.
     */
    public CompletionStage<Void> afterQueuedEvents() {
        return core.afterQueuedEvents();
    }

    /**
     * Closes for good, waiting at most a few seconds for the socket to close (not at all when called from a
     * listener of this connection, whose executor must run on for the close to finish).
     */
    @Override
    public void close() {
        if (core.isListenerThread()) {
            core.close();
            return;
        }
        try {
            core.close().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the channel is closing anyway; nothing else to release
        }
    }

    /**
     * Closes without waiting.
     *
     * @return completes once closed
     */
    public CompletionStage<Void> closeAsync() {
        return core.close();
    }

    @Override
    public String toString() {
        return "CccpConnection[" + core.tag() + ", " + state() + "]";
    }
}
