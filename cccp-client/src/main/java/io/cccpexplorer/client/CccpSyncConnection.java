package io.cccpexplorer.client;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * The blocking view of a {@link CccpConnection} ({@link CccpConnection#sync()}), like Lettuce's sync API: the
 * same calls under the same names, returning the value instead of a stage and throwing the stage's
 * {@link CccpException} ({@link CccpTimeoutException}, {@link CccpConnectionException}) instead of wrapping it.
 * Every call ends: each request has its deadline ({@link ConnectionOptions#requestTimeout()}).
 *
 * <p>It may be called from a listener of the same connection (the answer does not queue behind the listener),
 * at the price of holding back that connection's later events while it waits. Thread-safe.
 */
public final class CccpSyncConnection {

    private final CccpConnection async;

    CccpSyncConnection(CccpConnection async) {
        this.async = async;
    }

    /** @return the asynchronous connection this view blocks on */
    public CccpConnection async() {
        return async;
    }

    /**
     * @param query the list
     * @return the ids of the list's objects
     * @see CccpConnection#listIds(ListQuery)
     */
    public List<Integer> listIds(ListQuery query) {
        return await(async.listIds(query), query.describe());
    }

    /**
     * @param query the list
     * @return the list's items with their relative paths
     * @see CccpConnection#listEntries(ListQuery)
     */
    public List<ListEntry> listEntries(ListQuery query) {
        return await(async.listEntries(query), query.describe());
    }

    /**
     * @param query  the list
     * @param format the fields of each row
     * @return the rows, in the order the server answered
     * @see CccpConnection#listRows(ListQuery, RowFormat)
     */
    public List<Row> listRows(ListQuery query, RowFormat format) {
        return await(async.listRows(query, format), query.describe());
    }

    /**
     * @param objectId the object
     * @param format   the fields
     * @return the object's row
     * @see CccpConnection#object(int, RowFormat)
     */
    public Row object(int objectId, RowFormat format) {
        return await(async.object(objectId, format), "query_object on object " + Integer.toUnsignedString(objectId));
    }

    /**
     * @param objectId the object
     * @param format   the fields
     * @param path     the query's database path
     * @return the object's row
     * @see CccpConnection#object(int, RowFormat, String)
     */
    public Row object(int objectId, RowFormat format, String path) {
        return await(async.object(objectId, format, path),
                "query_object on object " + Integer.toUnsignedString(objectId));
    }

    /**
     * Sends a client event and returns once it is written.
     *
     * @param event the event
     * @see CccpConnection#sendEvent(CccpEvent)
     */
    public void sendEvent(CccpEvent event) {
        await(async.sendEvent(event), "event " + event.name());
    }

    /**
     * @param event      the event
     * @param replyNames the names of the events that answer it
     * @return the first server event named one of {@code replyNames}
     * @see CccpConnection#request(CccpEvent, Set)
     */
    public CccpEvent request(CccpEvent event, Set<String> replyNames) {
        return await(async.request(event, replyNames), "event " + event.name());
    }

    private static <T> T await(CompletionStage<T> stage, String what) {
        try {
            return stage.toCompletableFuture().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CccpException c) {
                throw c;
            }
            throw new CccpException(what + " failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CccpException("interrupted while waiting for " + what, e);
        }
    }
}
