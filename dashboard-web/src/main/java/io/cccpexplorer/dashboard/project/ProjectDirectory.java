package io.cccpexplorer.dashboard.project;

import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.protocol.LogText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal database's project list as request threads see it: always an answer from memory, never a wait on
 * MySQL. A slow or dead database must not hold Undertow's worker threads (with MySQL on a closed port, 60
 * concurrent requests once took 62–99 s, and requests that needed no MySQL queued behind them).
 *
 * <ul>
 *   <li>One refresh at a time runs on the directory's own thread, started by a reader when the list is older than
 *       {@code ttl}; readers meanwhile get the last good list.</li>
 *   <li>A failed refresh is remembered for {@code retryAfter}: no new attempt before, and readers get the last good
 *       list marked stale (with its age), or, when there never was one, a {@link DirectoryUnavailableException}
 *       at once (HTTP 503).</li>
 *   <li>Only the very first answer may be waited for, and only during {@code firstWait} after the directory was
 *       created, so that a dashboard that has just started does not answer 503 for the 50 ms MySQL needs.</li>
 * </ul>
 */
public final class ProjectDirectory implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectDirectory.class);

    /**
     * What the directory holds.
     *
     * @param servers the last list read (empty before the first success)
     * @param asOf when that list was read, {@code null} before the first success
     * @param error why the latest refresh failed, {@code null} when it succeeded (or none finished yet)
     * @param failedAt when the latest refresh failed, {@code null} when it succeeded
     */
    public record Listing(List<ServerEntry> servers, Instant asOf, String error, Instant failedAt) {

        static final Listing NONE = new Listing(List.of(), null, null, null);

        public Listing {
            servers = List.copyOf(servers);
        }

        /** The list is served although the database could not be read at the last attempt. */
        public boolean stale() {
            return error != null;
        }

        /** Whole seconds since the list was read (0 before the first success). */
        public long ageSeconds(Instant now) {
            return asOf == null ? 0 : Math.max(0, Duration.between(asOf, now).toSeconds());
        }
    }

    /** Where the list is read from (MySQL); {@link #load()} blocks and is called on the directory's thread only. */
    @FunctionalInterface
    public interface Source extends AutoCloseable {

        /** @throws RuntimeException (typically {@link DirectoryUnavailableException}) when it cannot be read */
        List<ServerEntry> load();

        @Override
        default void close() {
        }
    }

    private final Source loader;
    private final Clock clock;
    private final Duration ttl;
    private final Duration retryAfter;
    /** {@link System#nanoTime()} after which nobody waits for the first answer any more. */
    private final long firstWaitEnds;
    private final ExecutorService refresher;
    private final CompletableFuture<Void> firstAnswer = new CompletableFuture<>();
    private final Object lock = new Object();
    private volatile Listing listing = Listing.NONE;
    private boolean refreshing;   // guarded by lock

    /**
     * @param loader reads the list from the database; closed with the directory
     * @param ttl age after which a reader starts a refresh
     * @param retryAfter how long a failure is remembered before the next attempt
     * @param firstWait for how long after construction a reader may wait for the very first answer (readers
     *                  arriving later, or while a hung first attempt is still running, are answered at once)
     */
    public ProjectDirectory(Source loader, Clock clock, Duration ttl, Duration retryAfter,
                            Duration firstWait) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.clock = clock;
        this.ttl = ttl;
        this.retryAfter = retryAfter;
        this.firstWaitEnds = System.nanoTime() + firstWait.toNanos();
        this.refresher = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "project-directory");
            t.setDaemon(true);
            return t;
        });
        refreshIfDue(listing);   // start reading at once, before the first browser asks
    }

    /** The production settings: refresh after 30 s, retry a failed database after 5 s, wait ≤ 2 s at start. */
    public static ProjectDirectory of(MysqlProjects mysql, Clock clock) {
        return new ProjectDirectory(mysql, clock, Duration.ofSeconds(30), Duration.ofSeconds(5),
                Duration.ofSeconds(2));
    }

    /**
     * The list to serve now (possibly {@link Listing#stale() stale}).
     *
     * @throws DirectoryUnavailableException when the database never answered with a list
     */
    public Listing current() {
        Listing l = peek();
        if (l.asOf() == null) {
            if (!firstAnswer.isDone()) {
                awaitFirstAnswer();
            }
            // read again even when the first answer was already in: it may have come between the two reads (seen
            // once under load: a reader answered 503 with the list just loaded)
            l = listing;
        }
        if (l.asOf() == null) {
            throw new DirectoryUnavailableException(l.error() != null ? l.error()
                    : "MySQL has not answered yet (the project list is loading)", null);
        }
        return l;
    }

    /** What the directory holds now, without waiting or throwing; starts a refresh when one is due. */
    public Listing peek() {
        Listing l = listing;
        refreshIfDue(l);
        return l;
    }

    private void refreshIfDue(Listing l) {
        Instant now = clock.instant();
        boolean old = l.asOf() == null || !now.isBefore(l.asOf().plus(ttl));
        boolean resting = l.failedAt() != null && now.isBefore(l.failedAt().plus(retryAfter));
        if (!old || resting) {
            return;
        }
        synchronized (lock) {
            if (refreshing || refresher.isShutdown()) {
                return;
            }
            refreshing = true;
        }
        try {
            refresher.execute(this::refresh);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            synchronized (lock) {
                refreshing = false;   // closed meanwhile
            }
        }
    }

    private void refresh() {
        Listing before = listing;
        try {
            List<ServerEntry> servers = loader.load();
            listing = new Listing(servers, clock.instant(), null, null);
            if (before.stale()) {
                LOG.info("MySQL project list readable again ({} active projects)", servers.size());
            }
        } catch (RuntimeException e) {
            String error = e instanceof DirectoryUnavailableException ? e.getMessage()
                    : "MySQL unavailable: " + MysqlProjects.rootMessage(e);
            listing = new Listing(before.servers(), before.asOf(), error, clock.instant());
            if (!before.stale()) {   // once per outage, not once per attempt
                LOG.warn("{}; {}", LogText.of(error), before.asOf() == null ? "no project list yet"
                        : "serving the list read at " + before.asOf() + " until it answers");
            }
        } finally {
            synchronized (lock) {
                refreshing = false;
            }
            firstAnswer.complete(null);
        }
    }

    private void awaitFirstAnswer() {
        try {
            long left = firstWaitEnds - System.nanoTime();
            if (left > 0) {
                firstAnswer.get(left, TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException | ExecutionException e) {
            // answered below from whatever the directory holds
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        loader.close();
    }
}
