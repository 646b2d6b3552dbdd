package io.cccpexplorer.dashboard.history;

import io.cccpexplorer.dashboard.feed.ConnectionStatus;
import io.cccpexplorer.dashboard.project.ProjectHub;
import io.cccpexplorer.dashboard.project.ProjectHubs;
import io.cccpexplorer.history.Coverage;
import io.cccpexplorer.history.HistoryGap;
import io.cccpexplorer.history.Slots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What the live recorder covered, so that a restart leaves no silent hole. While a recorded project's connection is
 * live, its run is stored ({@link Coverage#recorded}, moved forward every {@link #HEARTBEAT}); when a project
 * becomes live (the dashboard started, or its connection came back), the span since the last recorded moment of
 * the project (any node) was seen by nobody: it is imported from the Logger directory in the background when one
 * is configured (the same {@link LogImport} as the command, idempotent: what the live recorder writes meanwhile is
 * the same rows), or else stored as a gap that {@code /health}, {@code /metrics} and every report over it mention.
 * Nothing is reported for a project seen for the first time, or while another node holds its writer lease (that
 * node records it).
 *
 * <p>All store access runs on {@code store} and the imports on {@code fills} (one at a time, at most
 * {@link #MAX_FILLS} waiting), never on the caller's (timer) thread.
 */
public final class RecordingCoverage implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingCoverage.class);
    /** How often a live run's end is moved forward: a crash is reported as a gap at most this much too early. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final int MAX_FILLS = 64;

    /** Imports the days of a gap from the logs (the dashboard: {@link LogImport#fill}). */
    @FunctionalInterface
    public interface Filler {
        List<LogImport.DayResult> fill(String project, Path logs, LocalDate from, LocalDate to, LocalDate today)
                throws Exception;
    }

    private final HistoryService history;
    private final Coverage coverage;
    private final Optional<Path> logs;
    private final Clock clock;
    private final Executor store;
    private final Executor fills;
    private final Filler filler;
    /** Project → the start of its current live run (only {@link #observe}'s caller changes it). */
    private final Map<String, Instant> runs = new HashMap<>();
    /** Project → the gaps its next import fills (an entry exists while one is queued; guarded by itself). */
    private final Map<String, List<HistoryGap>> waiting = new HashMap<>();
    private Instant lastObserved;
    private Instant lastBeat = Instant.MIN;

    private final List<ExecutorService> owned;

    RecordingCoverage(HistoryService history, Optional<Path> logs, Clock clock, Executor store, Executor fills,
                      Filler filler) {
        this(history, logs, clock, store, fills, filler, List.of());
    }

    private RecordingCoverage(HistoryService history, Optional<Path> logs, Clock clock, Executor store,
                              Executor fills, Filler filler, List<ExecutorService> owned) {
        this.owned = owned;
        this.history = history;
        this.coverage = history.coverage();
        this.logs = logs;
        this.clock = clock;
        this.store = store;
        this.fills = fills;
        this.filler = filler;
    }

    /** The dashboard's: its own store and import threads, gaps filled with {@link LogImport#fill}. */
    public static RecordingCoverage start(HistoryService history, Optional<Path> logs, Clock clock) {
        ExecutorService store = thread("history-coverage", 1024);
        ExecutorService fills = thread("history-fill", MAX_FILLS);
        return new RecordingCoverage(history, logs, clock, store, fills, (project, dir, from, to, today) ->
                new LogImport(history, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                        .fill(project, dir, from, to, today), List.of(store, fills));
    }

    private static ExecutorService thread(String name, int queue) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The recorded projects whose connection is live now (called with the recorder's {@code follow}). */
    public void observe(ProjectHubs hubs) {
        observe(hubs.open().stream()
                .filter(h -> history.settings().records(h.project()))
                .filter(h -> h.connection().state() == ConnectionStatus.State.LIVE)
                .map(ProjectHub::project)
                .collect(Collectors.toSet()));
    }

    /**
     * {@code live}: the recorded projects whose connection is live now. A project that became live starts a run
     * (and its gap is looked for); one that is no longer live ends its run at the previous observation; the others'
     * runs are moved forward every {@link #HEARTBEAT}. Called from one thread.
     */
    public synchronized void observe(Set<String> live) {
        Instant now = clock.instant();
        Instant before = lastObserved == null ? now : lastObserved;
        lastObserved = now;
        for (String project : live) {
            if (!runs.containsKey(project)) {
                runs.put(project, now);
                submit(() -> started(project, now));
            }
        }
        for (var it = runs.entrySet().iterator(); it.hasNext(); ) {
            var run = it.next();
            if (!live.contains(run.getKey())) {
                it.remove();
                String project = run.getKey();
                Instant from = run.getValue();
                submit(() -> coverage.recorded(project, history.lease().owner(), from, before));
            }
        }
        if (Duration.between(lastBeat, now).compareTo(HEARTBEAT) >= 0 && !runs.isEmpty()) {
            lastBeat = now;
            Map<String, Instant> beating = Map.copyOf(runs);
            submit(() -> beating.forEach((p, from) -> coverage.recorded(p, history.lease().owner(), from, now)));
        }
    }

    private void submit(Runnable task) {
        try {
            store.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) { // the store is down: the next heartbeat or start tries again
                    LOG.warn("call history: recording coverage not stored: {}", e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("call history: recording coverage backlog full, a coverage update is dropped");
        }
    }

    /** A live run of {@code project} began at {@code at}: the span since its last recorded moment is a gap. */
    private void started(String project, Instant at) {
        Optional<Instant> last = coverage.lastRecorded(project);
        boolean recordedElsewhere = history.lease().heldByAnother(project);
        coverage.recorded(project, history.lease().owner(), at, at);
        if (logs.isPresent()) { // what an earlier run left unfilled (stopped mid-import, logs missing then)
            for (HistoryGap left : coverage.missing(project, Instant.EPOCH, at)) {
                refill(left);
            }
        }
        if (last.isEmpty() || !last.get().isBefore(at) || recordedElsewhere) {
            return;
        }
        HistoryGap gap = new HistoryGap(project, last.get(), at, HistoryGap.State.GAP,
                "no dashboard recorded " + project + " then, and no Logger directory is configured to fill it from "
                        + "(DASHBOARD_LOGS_ROOT): import its logs for these days");
        if (logs.isEmpty()) {
            coverage.gap(gap);
            LOG.warn("call history: {} was not recorded from {} to {}: a gap (no Logger directory configured)",
                    project, gap.from(), gap.to());
            return;
        }
        LOG.info("call history: {} was not recorded from {} to {}: importing it from {}", project, gap.from(),
                gap.to(), logs.get());
        refill(gap);
    }

    /**
     * Marks {@code gap} as being filled and queues an import of its project, unless one already waits: that one
     * covers this gap too. So a flapping connection costs at most one import running and one waiting per project,
     * not one per reconnect.
     */
    private void refill(HistoryGap gap) {
        HistoryGap filling = gap.with(HistoryGap.State.FILLING, "importing from the logs in " + logs.orElseThrow());
        boolean queue;
        synchronized (waiting) {
            List<HistoryGap> gaps = waiting.computeIfAbsent(gap.project(), p -> new ArrayList<>());
            if (gaps.stream().anyMatch(g -> g.from().equals(gap.from()))) {
                return; // waiting already
            }
            // stored before an import can take it: its result is never overwritten by 'filling'
            coverage.gap(filling);
            queue = gaps.isEmpty();
            gaps.add(filling);
        }
        if (!queue) {
            return;
        }
        try {
            fills.execute(() -> fill(gap.project()));
        } catch (RejectedExecutionException e) {
            List<HistoryGap> dropped;
            synchronized (waiting) {
                dropped = waiting.remove(gap.project());
            }
            for (HistoryGap g : dropped == null ? List.<HistoryGap>of() : dropped) {
                coverage.gap(g.with(HistoryGap.State.GAP, "too many imports waiting: import its logs for these days"));
            }
        }
    }

    /**
     * Imports the days of {@code project}'s waiting gaps; what the logs did not have (or the import failing) leaves
     * them gaps, with why.
     */
    private void fill(String project) {
        List<HistoryGap> gaps;
        synchronized (waiting) {
            gaps = waiting.remove(project);
        }
        if (gaps == null || gaps.isEmpty()) {
            return;
        }
        Slots slots = history.slots(project);
        Instant first = gaps.stream().map(HistoryGap::from).min(Instant::compareTo).orElseThrow();
        Instant last = gaps.stream().map(HistoryGap::to).max(Instant::compareTo).orElseThrow();
        LocalDate from = slots.businessDay(first);
        LocalDate to = slots.businessDay(last);
        LocalDate today = slots.businessDay(clock.instant());
        HistoryGap.State state;
        String reason;
        try {
            List<LogImport.DayResult> days = filler.fill(project, logs.orElseThrow(), from, to, today);
            List<LocalDate> missing = days.stream()
                    .filter(d -> d.files() == 0 && !history.imports().done(project, d.day()))
                    .map(LogImport.DayResult::day).toList();
            state = missing.isEmpty() ? HistoryGap.State.FILLED : HistoryGap.State.GAP;
            reason = missing.isEmpty() ? "imported from the logs in " + logs.get()
                    : "no log files of " + project + " in " + logs.get() + " for "
                    + missing.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state = HistoryGap.State.GAP;
            reason = "the import from the logs was stopped: import these days";
        } catch (Exception e) {
            state = HistoryGap.State.GAP;
            reason = "the import from the logs failed (" + e.getMessage() + "): import these days";
        }
        for (HistoryGap gap : gaps) {
            try {
                coverage.gap(gap.with(state, reason));
            } catch (RuntimeException e) {
                LOG.warn("call history: the result of filling {} not stored: {}", gap, e.getMessage());
            }
        }
        LOG.info("call history: {} from {} to {}: {} ({})", project, first, last, state.wire(), reason);
    }

    /** Ends every run at the last observation (orderly stop), then stops the threads it started. */
    @Override
    public void close() {
        synchronized (this) {
            observe(Set.of());
        }
        for (ExecutorService e : owned) {
            e.shutdown();
        }
        for (ExecutorService e : owned) {
            try {
                if (!e.awaitTermination(2, TimeUnit.SECONDS)) {
                    e.shutdownNow(); // an import under way: its gap stays 'filling' in the store until the next start
                }
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                e.shutdownNow();
            }
        }
    }
}
