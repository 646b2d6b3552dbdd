package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.CccpConnectionException;
import io.cccpexplorer.client.CccpTimeoutException;
import io.netty.util.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A request that ends: it registers its system ids, waits for its answers under one deadline, then stops its
 * queries on the server (they are live queries there). Confined to the connection's event loop; its future is
 * completed on the connection's event executor.
 */
abstract class OneShot<T> {

    final ConnectionCore core;
    final CompletableFuture<T> future = new CompletableFuture<>();
    ExplorerSession session;
    private final List<Integer> ids = new ArrayList<>();
    private Timeout deadline;
    private boolean done;

    OneShot(ConnectionCore core) {
        this.core = core;
    }

    /** How messages name this request, e.g. {@code query_list sessions on object 0}. */
    abstract String describe();

    /** Sends the first request(s); called once, on the event loop, with a READY session. */
    abstract void begin();

    final void start(ExplorerSession session) {
        this.session = session;
        this.deadline = core.schedule(core.options().requestTimeout(), this::timeout);
        begin();
    }

    final int register(ResponseRoute route) {
        int id = session.register(route);
        ids.add(id);
        return id;
    }

    final void stop(int id) {
        ids.remove(Integer.valueOf(id));
        session.stop(id);
    }

    final boolean isDone() {
        return done;
    }

    final void succeed(T value) {
        if (finish()) {
            core.complete(future, value);
        }
    }

    final void fail(Throwable cause) {
        if (finish()) {
            core.fail(future, cause);
        }
    }

    /** The text of the timeout failure; subclasses may add progress. */
    String timeoutMessage() {
        return describe() + " timed out after " + Durations.text(core.options().requestTimeout());
    }

    void sessionLost(Throwable cause) {
        if (!done) {
            done = true;
            deadline.cancel();
            core.fail(future, new CccpConnectionException(describe() + " failed: " + cause.getMessage(), cause));
        }
    }

    private void timeout() {
        fail(new CccpTimeoutException(timeoutMessage()));
    }

    private boolean finish() {
        if (done) {
            return false;
        }
        done = true;
        deadline.cancel();
        for (int id : ids) {
            session.stop(id);
        }
        ids.clear();
        core.finished(this);
        return true;
    }
}
