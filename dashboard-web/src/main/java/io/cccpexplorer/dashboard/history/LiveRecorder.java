package io.cccpexplorer.dashboard.history;

import io.cccpexplorer.client.model.AgentInterval;
import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.dashboard.feed.FeedListener;
import io.cccpexplorer.dashboard.project.ProjectHub;
import io.cccpexplorer.dashboard.project.ProjectHubs;
import io.cccpexplorer.history.HistoryBatch;
import io.cccpexplorer.history.AgentSession;
import io.cccpexplorer.history.AgentSessions;
import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.Change;
import io.cccpexplorer.client.model.ChangeKind;
import io.cccpexplorer.history.ModelRecords;
import io.cccpexplorer.history.PendingRollups;
import io.cccpexplorer.history.StoredCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Writes what the live model says as it happens: each call when it ends with its session's console rows (again,
 * counted in {@code corrected}, not {@code written}, when the model corrects it), each agent interval when it closes
 * (again, counted the same way, when the model closes a re-opened wrap-up again), each agent session at its login and
 * at its logout (the row stored open, then completed), for every recorded project, whether or not a browser watches
 * it. The model's listener only converts and enqueues (never blocks its executor); one writer thread takes what is
 * queued, at most {@link #BATCH} rows at a time, and writes one batch per project. The batches' rows are written at
 * once but their roll-ups (the queue and agent slots, days and months the reports read) are recomputed together at
 * most every {@link #ROLL_UP_EVERY}: each recompute reads the whole day's rows of the agents and queues it touches, so
 * recomputing at every batch cost more and more as the day filled; many batches now share one recompute, and the
 * reports lag the calls by at most that much (plus the recompute's own time). Before writing, it reads the ended
 * calls' event lists from the server ({@link SessionEventReader}: bounded, timed out, retried; a call whose rows still
 * cannot be read is written without them, counted in {@code events_missing} and flagged as a gap). A failed batch is
 * kept and retried with a growing pause (up to 30 s) while the queue, bounded at {@code capacity} rows, fills; what
 * arrives when it is full is counted as lost and the project's day is flagged as a gap to fill from the logs
 * ({@code import}): never dropped silently, never unbounded. A failed roll-up is kept (its rows are written), counted
 * with the write failures and retried the same way. Only the node holding a project's writer lease records it.
 */
public final class LiveRecorder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveRecorder.class);
    static final int BATCH = 2000;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    static final Duration SETTLE = Duration.ofSeconds(1);
    /** How long written rows may wait for their roll-ups: the reports' lag behind the live calls. */
    static final Duration ROLL_UP_EVERY = Duration.ofSeconds(10);

    /** Where the rows go: the store's writer (a seam for tests that make a roll-up fail). */
    interface Store {
        void write(HistoryBatch batch, PendingRollups pending);

        void rollUp(PendingRollups pending);

        static Store of(HistoryService history) {
            return new Store() {
                @Override
                public void write(HistoryBatch batch, PendingRollups pending) {
                    history.writer().write(batch, pending);
                }

                @Override
                public void rollUp(PendingRollups pending) {
                    history.writer().rollUp(pending);
                }
            };
        }
    }

    private final HistoryService history;
    private final Store store;
    private final Clock clock;
    private final BlockingQueue<Item> queue;
    private final Map<String, AutoCloseable> subscriptions = new ConcurrentHashMap<>();
    private final Map<String, SessionEventSource> eventSources = new ConcurrentHashMap<>();
    private final Map<String, Boolean> writer = new ConcurrentHashMap<>();
    private final Map<String, String> gaps = new ConcurrentHashMap<>();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong corrected = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong eventsMissing = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong rollUps = new AtomicLong();
    /** Each project's written rows whose roll-ups are not recomputed yet (the writer thread's only). */
    private final Map<String, PendingRollups> rollUpsPending = new LinkedHashMap<>();
    private Instant rollUpDue;   // when the oldest pending roll-up is due; null when none is pending
    private volatile Instant lastRollUp;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile String lastError;

    /**
     * One row to write: a call, an interval or an agent session; {@code correction}: a row written before, written
     * again (a call the model reports again changed, an interval it closes again, a session at its logout).
     */
    private record Item(String project, StoredCall call, io.cccpexplorer.history.AgentInterval interval,
                        io.cccpexplorer.history.AgentSession session, boolean correction) {
    }

    /**
     * One project's rows to write: {@code correctedCalls}, the session ids of its calls written before (their
     * console rows are written again with them); {@code rewrites}, its intervals and sessions written before.
     */
    private record Batch(HistoryBatch rows, Set<String> correctedCalls, int rewrites) {

        Batch with(HistoryBatch other) {
            return new Batch(other, correctedCalls, rewrites);
        }

        /** The rows of this batch written before: counted in {@code corrected}, not {@code written}. */
        int writtenAgain() {
            int again = rewrites + correctedCalls.size();
            for (String call : correctedCalls) {
                again += rows.events().getOrDefault(call, List.of()).size();
            }
            return again;
        }
    }

    public LiveRecorder(HistoryService history, int capacity) {
        this(history, capacity, Clock.systemUTC(), Store.of(history));
    }

    /** With the time that decides when roll-ups are due, and where rows go. */
    LiveRecorder(HistoryService history, int capacity, Clock clock, Store store) {
        this.history = history;
        this.clock = clock;
        this.store = store;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, "history-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Subscribes to the open hubs of recorded projects it does not follow yet; called periodically. */
    public void follow(ProjectHubs hubs) {
        for (ProjectHub hub : hubs.open()) {
            String project = hub.project();
            if (history.settings().records(project) && !subscriptions.containsKey(project)) {
                subscriptions.put(project, hub.feed().subscribe(listener(project, SessionEventSource.of(hub.feed()))));
                LOG.info("call history: recording project {}", project);
            }
        }
        subscriptions.keySet().removeIf(p -> hubs.ifOpen(p).isEmpty());
        eventSources.keySet().retainAll(subscriptions.keySet());
    }

    /**
     * The listener that feeds one project's rows into the queue (runs on the model's executor: never blocks); the
     * ended calls' console rows are read from {@code events} by the writer thread.
     */
    public FeedListener listener(String project, SessionEventSource events) {
        eventSources.put(project, events);
        AgentSessions sessions = new AgentSessions(project);   // the model's executor is its only caller
        return new FeedListener() {
            @Override
            public void onAgent(Change<Agent> change) {
                AgentSession s = sessions.change(change);
                if (s != null) {
                    // the session that leaves was stored open by the change that first dated it
                    offer(new Item(project, null, null, s, change.kind() == ChangeKind.REMOVED));
                }
            }

            @Override
            public void onCallEnded(Change<Call> report) {
                StoredCall stored;
                try {
                    stored = ModelRecords.call(project, report.current());
                } catch (IllegalArgumentException e) {
                    // a call the store cannot hold (no date at all, ended with no disposition): thrown here it would
                    // only be logged by the model's executor and the row would vanish; counted and flagged instead
                    refuse(project, e.getMessage());
                    return;
                }
                // a correction (a queue task's row that came after the call's end) upserts the call's row: the
                // store recomputes the roll-ups of the queue, agent and slot it had and of the ones it has now
                offer(new Item(project, stored, null, null, report.kind() == ChangeKind.UPDATED));
            }

            @Override
            public void onAgentInterval(AgentInterval interval) {
                boolean firstReport = sessions.interval(interval);
                if (ModelRecords.storable(interval)) {
                    offer(new Item(project, null, ModelRecords.interval(project, interval), null, !firstReport));
                }
            }
        };
    }

    private void refuse(String project, String why) {
        if (refused.incrementAndGet() % 1000 == 1) {
            LOG.warn("call history: a call of {} could not be stored ({}), {} refused so far", project, why,
                    refused.get());
        }
        gaps.putIfAbsent(project, "calls the model ended without the dates or disposition the store needs");
    }

    private void offer(Item item) {
        // queued even while another node holds the project's lease: the writer thread asks for the lease before
        // each batch and drops the batch while the other node writes, so this node takes over as soon as the lease
        // expires (the other node stopped or died), without a timer of its own
        if (!queue.offer(item)) {
            if (lost.incrementAndGet() % 1000 == 1) {
                LOG.warn("call history: write queue full ({} rows), {} rows lost so far; import the logs of {} to "
                        + "fill the gap", queue.size(), lost.get(), item.project());
            }
            gaps.putIfAbsent(item.project(), "rows lost while the history database was slow or unavailable");
        }
    }

    private void run() {
        Map<String, Batch> pending = new LinkedHashMap<>();
        long backoffMs = 500;
        while (running) {
            try {
                rollUpIfDue();
                if (pending.isEmpty()) {
                    List<Item> items = new ArrayList<>();
                    Item first = queue.poll(500, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    // a call's end can reach the model just before its queue tasks: the model's correction then
                    // mostly comes in the same batch, the call written once (and read again from the model when
                    // written); batch more rows meanwhile
                    Thread.sleep(SETTLE.toMillis());
                    items.add(first);
                    queue.drainTo(items, BATCH - 1);
                    Map<String, Batch> next = batches(items);
                    for (var it = next.entrySet().iterator(); it.hasNext(); ) {
                        var e = it.next();
                        if (!leaseOrUnknown(e.getKey())) { // the holder writes these rows: do not read their events
                            skipped.addAndGet(e.getValue().rows().size());
                            it.remove();
                        }
                    }
                    addEvents(next);
                    pending = next;
                }
                for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                    var e = it.next();
                    if (!lease(e.getKey())) {
                        skipped.addAndGet(e.getValue().rows().size()); // the lease holder writes these rows
                        it.remove();
                        continue;
                    }
                    Batch b = e.getValue();
                    store.write(b.rows(), rollUpsPending.computeIfAbsent(e.getKey(), PendingRollups::new));
                    if (rollUpDue == null) {
                        rollUpDue = clock.instant().plus(ROLL_UP_EVERY);
                    }
                    int again = b.writtenAgain();
                    written.addAndGet(b.rows().size() - again);
                    corrected.addAndGet(again);
                    it.remove();
                }
                backoffMs = 500;
                lastError = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (!rollUpsPending.isEmpty()) {
                    LOG.warn("call history: stopped before the roll-ups of the last rows written; re-import the "
                            + "day to fix its reports");
                }
                return;
            } catch (RuntimeException e) { // HistoryException, or a bug: the batch is kept and retried
                failures.incrementAndGet();
                retries.incrementAndGet();
                lastError = e.getMessage();
                LOG.warn("call history: write failed, retrying in {} ms: {}", backoffMs, e.getMessage());
                try {
                    Thread.sleep(backoffMs);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoffMs = Math.min(MAX_BACKOFF.toMillis(), backoffMs * 2);
            }
        }
        try { // stopped (close): what is written is rolled up before the store closes
            rollUp();
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            LOG.warn("call history: roll-ups of the last rows written not recomputed at stop ({}); re-import the "
                    + "day to fix its reports", e.getMessage());
        }
    }

    /** Recomputes the pending roll-ups once {@link #ROLL_UP_EVERY} has passed since the first rows waiting for them. */
    private void rollUpIfDue() {
        if (rollUpDue != null && !clock.instant().isBefore(rollUpDue)) {
            rollUp();
        }
    }

    /** Recomputes every project's pending roll-ups; a failure leaves the rest pending (retried by the loop). */
    private void rollUp() {
        for (var it = rollUpsPending.values().iterator(); it.hasNext(); ) {
            store.rollUp(it.next());   // on failure the project's roll-ups stay pending, and are retried
            it.remove();
        }
        if (rollUpDue != null) {
            rollUps.incrementAndGet();
            lastRollUp = clock.instant();
        }
        rollUpDue = null;
    }

    /** {@link #lease}, or true when the store cannot tell now (the write then fails and is retried). */
    private boolean leaseOrUnknown(String project) {
        try {
            return lease(project);
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Takes or renews the project's lease; false when another node writes it. */
    private boolean lease(String project) {
        boolean mine = history.lease().acquire(project);
        Boolean before = writer.put(project, mine);
        if (before == null || before != mine) {
            LOG.info("call history: project {} {}", project, mine ? "written by this node ("
                    + history.lease().owner() + ")" : "written by another node");
        }
        return mine;
    }

    /** Adds the console rows of each batch's calls, read from the project's server (not retried with the batch). */
    private void addEvents(Map<String, Batch> pending) throws InterruptedException {
        for (var e : pending.entrySet()) {
            HistoryBatch b = e.getValue().rows();
            if (b.calls().isEmpty()) {
                continue;
            }
            List<String> ids = b.calls().stream().map(StoredCall::sessionId).toList();
            SessionEventSource source = eventSources.get(e.getKey());
            SessionEventReader.Result read = source == null
                    ? new SessionEventReader.Result(Map.of(), Map.of(ids.get(0), "no event source"))
                    : SessionEventReader.read(source, ids);
            int missing = source == null ? ids.size() : read.missing().size();
            if (missing > 0) {
                eventsMissing.addAndGet(missing);
                String why = read.missing().values().iterator().next();
                gaps.put(e.getKey(), "console rows of " + missing + " call(s) could not be read (" + why
                        + "); import the logs to fill them");
                LOG.warn("call history: console rows of {} call(s) of {} not read: {}", missing, e.getKey(), why);
            }
            List<StoredCall> calls = source == null ? b.calls() : SessionEventReader.latest(source, b.calls());
            e.setValue(e.getValue().with(new HistoryBatch(b.project(), calls, read.events(), b.intervals(),
                    b.sessions())));
        }
    }

    /**
     * Each project's rows. A call reported twice in the batch is written once, as reported last (a queue task's row
     * that came after the call's end corrects it): a correction only if every report of it in the batch is one.
     */
    private static Map<String, Batch> batches(List<Item> items) {
        Map<String, Map<String, Item>> calls = new LinkedHashMap<>();
        Map<String, List<io.cccpexplorer.history.AgentInterval>> intervals = new LinkedHashMap<>();
        Map<String, List<io.cccpexplorer.history.AgentSession>> sessions = new LinkedHashMap<>();
        Map<String, Integer> rewrites = new LinkedHashMap<>();
        for (Item i : items) {
            calls.computeIfAbsent(i.project(), p -> new LinkedHashMap<>());
            intervals.computeIfAbsent(i.project(), p -> new ArrayList<>());
            sessions.computeIfAbsent(i.project(), p -> new ArrayList<>());
            if (i.call() != null) {
                calls.get(i.project()).merge(i.call().sessionId(), i, (first, later) -> new Item(later.project(),
                        later.call(), null, null, first.correction() && later.correction()));
            } else if (i.interval() != null) {
                intervals.get(i.project()).add(i.interval());
            } else {
                sessions.get(i.project()).add(i.session());
            }
            if (i.call() == null && i.correction()) {
                rewrites.merge(i.project(), 1, Integer::sum);
            }
        }
        Map<String, Batch> out = new LinkedHashMap<>();
        calls.forEach((p, c) -> {
            List<StoredCall> rows = c.values().stream().map(Item::call).toList();
            Set<String> corrected = c.values().stream().filter(Item::correction).map(i -> i.call().sessionId())
                    .collect(Collectors.toUnmodifiableSet());
            out.put(p, new Batch(new HistoryBatch(p, rows, Map.of(), intervals.get(p), sessions.get(p)),
                    corrected, rewrites.getOrDefault(p, 0)));
        });
        return out;
    }

    /**
     * Counters for {@code /health}: queued, written, corrected, lost, refused, failures, gaps per project, writer
     * per project.
     */
    public Map<String, Object> health() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recording", List.copyOf(subscriptions.keySet()));
        m.put("queued", queue.size());
        m.put("written", written.get());
        m.put("corrected", corrected.get());
        m.put("lost", lost.get());
        m.put("refused", refused.get());
        m.put("write_failures", failures.get());
        m.put("events_missing", eventsMissing.get());
        m.put("left_to_lease_holder", skipped.get());
        m.put("roll_ups", rollUps.get());
        m.put("last_roll_up", lastRollUp == null ? null : lastRollUp.toString());
        m.put("last_error", lastError);
        m.put("writer", Map.copyOf(writer));
        m.put("gaps", Map.copyOf(gaps));
        return m;
    }

    public long queued() {
        return queue.size();
    }

    /**
     * Rows written the first time: each call with its console rows, interval and agent session once, whatever
     * rewrote it since (see {@link #corrected()}).
     */
    public long written() {
        return written.get();
    }

    /**
     * Rows written again, the same rows as written before, not new ones: a call the model reported again, changed
     * (a queue task's row that arrived after the call's end), with its console rows; an interval it closed again (a
     * wrap-up re-opened, reported again with the same start and a later end); an agent session completed with its
     * logout.
     */
    public long corrected() {
        return corrected.get();
    }

    public long lost() {
        return lost.get();
    }

    /** Ended calls the store could not hold (no date, or ended with no disposition): counted, never written. */
    public long refused() {
        return refused.get();
    }

    /** Rows not written because another node held the project's writer lease (it writes them). */
    public long leftToLeaseHolder() {
        return skipped.get();
    }

    public long eventsMissing() {
        return eventsMissing.get();
    }

    public long failures() {
        return failures.get();
    }

    /** Roll-ups recomputed (each for every batch written since the one before). */
    public long rollUps() {
        return rollUps.get();
    }

    /** Stops after writing what is queued (bounded by {@code grace}); the leases are given up. */
    @Override
    public void close() {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!queue.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        running = false;   // the writer thread ends its batch and rolls up what it wrote
        try {
            thread.join(10_000);
            if (thread.isAlive()) {   // waiting out a retry's pause: the pending roll-ups stay undone (logged)
                thread.interrupt();
                thread.join(2000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        subscriptions.values().forEach(s -> {
            try {
                s.close();
            } catch (Exception e) {
                LOG.debug("unsubscribe failed", e);
            }
        });
        writer.forEach((project, mine) -> {
            if (mine) {
                try {
                    history.lease().release(project);
                } catch (RuntimeException e) {
                    LOG.warn("call history: could not release the lease of {}: {}", project, e.getMessage());
                }
            }
        });
        if (queue.size() > 0) {
            LOG.warn("call history: {} rows not written at stop; import the logs to fill the gap", queue.size());
        }
    }
}
