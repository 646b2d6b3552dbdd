package io.cccpexplorer.dashboard.history;

import io.cccpexplorer.client.model.SessionEvent;
import io.cccpexplorer.history.ModelRecords;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads the console rows of many sessions for a write: at most {@link #PARALLEL} lists open on the server at a
 * time, each such chunk bounded by one timeout, each failure retried ({@link #ATTEMPTS} attempts in all). Runs on
 * the writer's thread, never on the model's executor. What still fails is returned as missing, for the caller to
 * count.
 */
final class SessionEventReader {

    static final int PARALLEL = 64;
    static final int ATTEMPTS = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);

    /** The rows read, by session id (in {@link ModelRecords#events} order), and the sessions that could not be read. */
    record Result(Map<String, List<SessionEvent>> events, Map<String, String> missing) {
    }

    private SessionEventReader() {
    }

    /**
     * The calls as the model has them now (see {@link SessionEventSource#call}): an ended call read again, with
     * whatever arrived after its end was reported; a call the model no longer has, or has open again, as it was.
     */
    static List<io.cccpexplorer.history.StoredCall> latest(SessionEventSource source,
                                                          List<io.cccpexplorer.history.StoredCall> calls) {
        List<io.cccpexplorer.history.StoredCall> out = new ArrayList<>(calls.size());
        for (io.cccpexplorer.history.StoredCall c : calls) {
            out.add(c.open() ? c : source.call(c.sessionId()).filter(m -> !m.active() && m.end() != null)
                    .map(m -> ModelRecords.call(c.project(), m)).orElse(c));
        }
        return out;
    }

    static Result read(SessionEventSource source, List<String> sessionIds) throws InterruptedException {
        return read(source, sessionIds, TIMEOUT);
    }

    /**
     * @param timeout how long a chunk of reads may take in all: its reads run at once and share one deadline, so a
     *                chunk of stuck sessions holds the writer for {@code timeout}, not {@code timeout} per session
     *                (64 × 20 s = 21 min per attempt before)
     */
    static Result read(SessionEventSource source, List<String> sessionIds, Duration timeout)
            throws InterruptedException {
        Map<String, List<SessionEvent>> events = new LinkedHashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        List<String> todo = List.copyOf(new java.util.LinkedHashSet<>(sessionIds));
        for (int attempt = 1; attempt <= ATTEMPTS && !todo.isEmpty(); attempt++) {
            if (attempt > 1) {
                Thread.sleep(RETRY_PAUSE.toMillis() * attempt);
            }
            missing.clear();
            List<String> failed = new ArrayList<>();
            for (int from = 0; from < todo.size(); from += PARALLEL) {
                List<String> chunk = todo.subList(from, Math.min(todo.size(), from + PARALLEL));
                Map<String, CompletableFuture<List<SessionEvent>>> pending = new LinkedHashMap<>();
                for (String id : chunk) {
                    pending.put(id, start(source, id));
                }
                long deadline = System.nanoTime() + timeout.toNanos();
                for (var e : pending.entrySet()) {
                    try {
                        long left = Math.max(0, deadline - System.nanoTime());
                        events.put(e.getKey(), ModelRecords.events(e.getValue().get(left, TimeUnit.NANOSECONDS)));
                    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException
                             | RuntimeException ex) {
                        e.getValue().cancel(false);
                        failed.add(e.getKey());
                        missing.put(e.getKey(), why(ex));
                    }
                }
            }
            todo = failed;
        }
        return new Result(events, missing);
    }

    private static CompletableFuture<List<SessionEvent>> start(SessionEventSource source, String id) {
        try {
            return source.events(id).toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static String why(Throwable t) {
        Throwable c = t instanceof java.util.concurrent.ExecutionException && t.getCause() != null ? t.getCause() : t;
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
