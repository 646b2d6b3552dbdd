package io.cccpexplorer.client.internal;

import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * Bounds the live-list {@code query_object}s of one connection that await their first answer. A live list
 * loading thousands of rows would otherwise pipeline them all at once, and the tail would time out in the
 * server's queue, not because the server is silent: with a window, each deadline starts when the query is sent
 * and measures the server's answer time only.
 *
 * <p>Confined to the connection's event loop. Each session gets a new generation: {@link #reset()} forgets
 * everything, and permits of an older generation are ignored when released.
 */
final class ObjectQueryWindow {

    private final int size;
    private final ArrayDeque<Permit> waiting = new ArrayDeque<>();
    private int inFlight;
    private int generation;
    private boolean pumping;

    ObjectQueryWindow(int size) {
        this.size = size;
    }

    /**
     * Runs {@code send} (given its permit) now if the window has room, or once it has. The permit must be
     * released when the query is answered, times out or is stopped; releasing a waiting permit withdraws it.
     */
    Permit acquire(Consumer<Permit> send) {
        Permit permit = new Permit(generation, send);
        waiting.add(permit);
        pump();
        return permit;
    }

    /** Forgets waiting sends and queries in flight: the session they belonged to is gone. */
    void reset() {
        generation++;
        waiting.clear();
        inFlight = 0;
    }

    int inFlight() {
        return inFlight;
    }

    int waiting() {
        return waiting.size();
    }

    private void pump() {
        // a send may release its own permit (its list is gone): the outer loop goes on, no recursion
        if (pumping) {
            return;
        }
        pumping = true;
        try {
            while (inFlight < size && !waiting.isEmpty()) {
                Permit next = waiting.poll();
                if (next.released) {
                    continue;
                }
                next.started = true;
                inFlight++;
                next.send.accept(next);
            }
        } finally {
            pumping = false;
        }
    }

    /** A place in the window; {@link #release()} when the answer came, the query timed out or was stopped. */
    final class Permit {
        private final int generation;
        private final Consumer<Permit> send;
        private boolean started;
        private boolean released;

        private Permit(int generation, Consumer<Permit> send) {
            this.generation = generation;
            this.send = send;
        }

        /** Gives the place back (idempotent); a permit still waiting is simply skipped. */
        void release() {
            if (released) {
                return;
            }
            released = true;
            if (started && generation == ObjectQueryWindow.this.generation) {
                inFlight--;
                pump();
            }
        }
    }
}
