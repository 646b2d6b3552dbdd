package io.cccpexplorer.dashboard.history;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The import's store writes on a thread of their own, one batch at a time and at most one in flight: the next
 * batch is applied to the replay while the store writes the last one (the two took about as long as each other,
 * one after the other). Bounded: {@link #submit} waits for the batch in flight first, so memory holds at most two
 * batches. A failed write is thrown by the next {@link #submit} or {@link #finish}, wrapped with what failed.
 * Used by one thread.
 */
final class WriteBehind implements AutoCloseable {

    private final ExecutorService thread;
    private Future<?> inFlight;

    WriteBehind(String name) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Waits for the write in flight (throwing its failure), then starts {@code write}. */
    void submit(Runnable write) throws InterruptedException {
        finish();
        inFlight = thread.submit(write);
    }

    /** Waits for the write in flight, if any; throws its failure. */
    void finish() throws InterruptedException {
        Future<?> f = inFlight;
        inFlight = null;
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch of the import could not be written: " + e.getCause(),
                    e.getCause());
        }
    }

    /** Stops the thread once the write in flight is done (without waiting for it: call {@link #finish} first). */
    @Override
    public void close() {
        thread.shutdown();
    }
}
