package io.cccpexplorer.dashboard.replay;

import io.cccpexplorer.client.CccpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every replay snapshot of the dashboard, keyed by (project, date[, hour]): starts loads as bounded background
 * jobs (at most {@link ReplaySettings#maxConcurrentLoads()} at once, the rest queued), serves the ready ones,
 * deletes on request and frees idle ones. Each snapshot is its own in-process replay server: nothing is shared
 * between projects or dates, and nothing here is a "current" replay for everybody.
 */
public final class ReplaySnapshots implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReplaySnapshots.class);

    private final ReplaySettings settings;
    private final Clock clock;
    private final LogCatalog catalog;
    private final CccpClient client;
    private final SnapshotLoader loader;
    private final ExecutorService jobs;
    private final ScheduledExecutorService sweeper;
    private final Map<String, Snapshot> byId = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private boolean closed;

    /** Starts the registry; without a logs root it answers every request with 503. */
    public ReplaySnapshots(ReplaySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.catalog = settings.logsRoot().map(root -> new LogCatalog(root, settings.zone())).orElse(null);
        this.client = catalog == null ? null : CccpClient.create();
        this.loader = catalog == null ? null : new SnapshotLoader(catalog, client, settings);
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(settings.maxConcurrentLoads(), settings.maxConcurrentLoads(),
                30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(settings.maxSnapshots()), r -> daemon(r,
                "replay-load-" + n.incrementAndGet()));
        pool.allowCoreThreadTimeOut(true);
        this.jobs = pool;
        if (catalog == null) {
            this.sweeper = null; // replay off: no thread at all
        } else {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "replay-expiry"));
            timer.setRemoveOnCancelPolicy(true);
            long every = Math.max(1, Math.min(60, settings.idleExpiry().toSeconds() / 4));
            timer.scheduleWithFixedDelay(this::expireIdle, every, every, TimeUnit.SECONDS);
            this.sweeper = timer;
        }
    }

    public ReplaySettings settings() {
        return settings;
    }

    /** False when no logs root is configured. */
    public boolean available() {
        return catalog != null;
    }

    LogCatalog catalog() {
        return catalog;
    }

    /**
     * The snapshot of {@code key}: the existing one unless it failed, else a new one whose load is queued.
     *
     * @throws TooManySnapshots when {@link ReplaySettings#maxSnapshots()} are held already
     */
    synchronized Start start(SnapshotKey key, HourWindow window, String user) throws TooManySnapshots {
        if (closed) {
            throw new TooManySnapshots("The dashboard is shutting down");
        }
        for (Snapshot s : byId.values()) {
            if (s.key().equals(key) && s.state() != SnapshotState.FAILED) {
                return new Start(s, false);
            }
        }
        byId.values().removeIf(s -> s.key().equals(key) && s.state() == SnapshotState.FAILED);
        if (byId.size() >= settings.maxSnapshots()) {
            throw new TooManySnapshots("At most " + settings.maxSnapshots()
                    + " snapshots at once; delete one first");
        }
        Snapshot s = new Snapshot(newId(), key, window, user, clock);
        byId.put(s.id(), s);
        try {
            jobs.execute(() -> {
                if (!s.isClosed()) {
                    loader.load(s);
                }
            });
        } catch (RejectedExecutionException e) {
            byId.remove(s.id());
            throw new TooManySnapshots("Too many loads waiting; try again in a moment");
        }
        return new Start(s, true);
    }

    Optional<Snapshot> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** All snapshots, newest date first, then project and hour. */
    List<Snapshot> list() {
        List<Snapshot> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparing((Snapshot s) -> s.key().date()).reversed()
                .thenComparing(s -> s.key().project())
                .thenComparing(s -> s.key().hour().orElse(-1)));
        return out;
    }

    /** Stops and forgets a snapshot (its log files stay where they are); false when unknown. */
    boolean delete(String id) {
        Snapshot s = byId.remove(id);
        if (s == null) {
            return false;
        }
        s.close();
        LOG.info("replay {} ({}) deleted", id, s.key().label());
        return true;
    }

    /** Frees the snapshots idle for longer than the configured time; returns how many. Never one in use. */
    public int expireIdle() {
        Instant deadline = clock.instant().minus(settings.idleExpiry());
        int freed = 0;
        for (Snapshot s : List.copyOf(byId.values())) {
            if (s.idleSince(deadline) && byId.remove(s.id(), s)) {
                s.close();
                freed++;
                LOG.info("replay {} ({}) expired after {} idle", s.id(), s.key().label(), settings.idleExpiry());
            }
        }
        return freed;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        jobs.shutdownNow();
        byId.values().forEach(Snapshot::close);
        byId.clear();
        try {
            jobs.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (client != null) {
            client.close();
        }
    }

    private String newId() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** The snapshot a start answered with, and whether its load was started by this call. */
    record Start(Snapshot snapshot, boolean created) {
    }

    /** The registry is full. */
    static final class TooManySnapshots extends Exception {
        TooManySnapshots(String message) {
            super(message, null, false, false);
        }
    }
}
