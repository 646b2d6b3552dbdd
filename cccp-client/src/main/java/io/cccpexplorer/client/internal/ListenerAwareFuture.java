package io.cccpexplorer.client.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A future that completes on a connection's serial event executor (after the listener callbacks it must
 * follow) and refuses to be awaited from that executor: such a wait could only end when the waiting task
 * itself has finished, so it fails at once, saying what to do, instead of hanging. Dependent stages inherit the
 * rule.
 */
final class ListenerAwareFuture<T> extends CompletableFuture<T> {

    private final SerialExecutor events;
    private final String what;

    ListenerAwareFuture(SerialExecutor events, String what) {
        this.events = events;
        this.what = what;
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        refuseInsideListener();
        return super.get();
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        refuseInsideListener();
        return super.get(timeout, unit);
    }

    @Override
    public T join() {
        refuseInsideListener();
        return super.join();
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new ListenerAwareFuture<>(events, what);
    }

    private void refuseInsideListener() {
        if (!isDone() && events.isCurrentThread()) {
            throw new IllegalStateException(what + " completes on this connection's event executor, which is "
                    + "running the listener that waits for it, so the wait would never end. Chain the work instead "
                    + "(thenAccept), or wait outside the listener.");
        }
    }
}
