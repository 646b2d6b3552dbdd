package io.cccpexplorer.report;

import io.cccpexplorer.client.CccpConnectionException;
import io.cccpexplorer.client.CccpTimeoutException;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The CLI's one way to wait for the client: within what is left of the run's deadline, failures unwrapped. */
final class Await {

    private Await() {
    }

    /**
     * @param what what is awaited, for the timeout message ("login to host:port", "query_list sessions …")
     * @throws CccpTimeoutException the deadline expired first, or the client's own timer (set to the same
     *                              {@code -timeout}) fired: either way the message names {@code what} and
     *                              the {@code -timeout} that ended it
     */
    static <T> T within(CompletionStage<T> stage, RunDeadline deadline, String what) {
        try {
            return stage.toCompletableFuture().get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CccpTimeoutException) {
                throw new CccpTimeoutException(deadline.expired(what));
            }
            throw cause instanceof RuntimeException r ? r
                    : new CccpConnectionException(String.valueOf(cause.getMessage()), cause);
        } catch (TimeoutException e) {
            throw new CccpTimeoutException(deadline.expired(what));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CccpConnectionException("interrupted");
        }
    }
}
