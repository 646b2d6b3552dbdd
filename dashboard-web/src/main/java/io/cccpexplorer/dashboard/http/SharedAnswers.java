package io.cccpexplorer.dashboard.http;

import io.cccpexplorer.dashboard.project.ProjectHub;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The large answers of a project ({@code /api/users}, {@code /api/status}: about 4 MB of JSON each at 5,000
 * agents) encoded once and shared by every request, within a bounded staleness, instead of a snapshot, a
 * conversion, a JSON encoding and a gzip per request.
 *
 * <p>An answer younger than {@link #REFRESH_AFTER} is served as it is. Up to {@link #MAX_AGE} it is still served,
 * and the first request that finds it that old re-encodes it <em>after</em> its own response has gone, so no request
 * waits for an encoding while the answer is requested often. An answer older than {@link #MAX_AGE} (or none yet)
 * is not served: the request waits for the encoding under way, or makes one. There is at most one encoding of a
 * view at a time. So an answer is never older than {@code MAX_AGE} when served (counted from when its data was read),
 * and a site under heavy change costs at most about one encoding per view every {@code REFRESH_AFTER}, whatever the
 * number of requests. Ages are read from the dashboard's clock.
 *
 * <p>Answers are kept per hub (weakly: a closed project's answers go with its hub) and per view name.
 */
final class SharedAnswers {

    /** Age from which the first request re-encodes the answer after answering. */
    static final Duration REFRESH_AFTER = ProjectHub.COALESCE_EVERY.dividedBy(2);
    /** The oldest an answer can be when served: the period the hub coalesces its own pushes over. */
    static final Duration MAX_AGE = ProjectHub.COALESCE_EVERY;

    private final Clock clock;
    private final Map<Object, Map<String, Slot>> slots = new WeakHashMap<>();   // under itself

    SharedAnswers(Clock clock) {
        this.clock = clock;
    }

    /** What a request serves, and whether it must {@link #refresh} the answer once its response is sent. */
    record Lookup(EncodedAnswer answer, boolean refreshAfterwards) {
    }

    /** One view's answer: the current encoding, and the one encoding under way (requests needing it wait on it). */
    private static final class Slot {
        EncodedAnswer current;
        CompletableFuture<EncodedAnswer> building;
    }

    /**
     * The answer to serve for {@code owner}'s {@code view}, encoded by {@code encoder} (the view's JSON, read when
     * called) if there is none young enough.
     */
    Lookup lookup(Object owner, String view, Supplier<byte[]> encoder) {
        Slot slot = slot(owner, view);
        CompletableFuture<EncodedAnswer> pending;
        boolean mine = false;
        synchronized (slot) {
            EncodedAnswer a = slot.current;
            if (a != null) {
                Duration age = Duration.between(a.asOf(), clock.instant());
                if (age.compareTo(REFRESH_AFTER) < 0) {
                    return new Lookup(a, false);
                }
                if (age.compareTo(MAX_AGE) <= 0) {
                    boolean claim = slot.building == null;   // one encoding at a time
                    if (claim) {
                        slot.building = new CompletableFuture<>();
                    }
                    return new Lookup(a, claim);
                }
            }
            if (slot.building == null) {
                slot.building = new CompletableFuture<>();
                mine = true;
            }
            pending = slot.building;   // too old: wait for the encoding under way (a refresh's, or this one)
        }
        if (mine) {
            build(slot, pending, encoder);
        }
        try {
            return new Lookup(pending.join(), false);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Re-encodes the view; called by the request whose {@link Lookup} said so, after its response was sent. A
     * failure reaches the requests waiting for this encoding, if any, not the caller, whose answer is gone.
     */
    void refresh(Object owner, String view, Supplier<byte[]> encoder) {
        Slot slot = slot(owner, view);
        CompletableFuture<EncodedAnswer> pending;
        synchronized (slot) {
            pending = slot.building;
        }
        if (pending != null) {
            try {
                build(slot, pending, encoder);
            } catch (RuntimeException e) {
                // handed to the waiters by build(); the next request past REFRESH_AFTER tries again
            }
        }
    }

    private void build(Slot slot, CompletableFuture<EncodedAnswer> pending, Supplier<byte[]> encoder) {
        try {
            EncodedAnswer fresh = encode(encoder);
            synchronized (slot) {
                slot.current = fresh;
                slot.building = null;
            }
            pending.complete(fresh);
        } catch (RuntimeException | Error e) {
            synchronized (slot) {
                slot.building = null;
            }
            pending.completeExceptionally(e);
            throw e;
        }
    }

    private EncodedAnswer encode(Supplier<byte[]> encoder) {
        Instant asOf = clock.instant();   // before reading: the data is at least this fresh
        return EncodedAnswer.of(encoder.get(), asOf);
    }

    private Slot slot(Object owner, String view) {
        synchronized (slots) {
            return slots.computeIfAbsent(owner, o -> new HashMap<>()).computeIfAbsent(view, v -> new Slot());
        }
    }
}
