package io.cccpexplorer.dashboard.history;

import io.cccpexplorer.dashboard.project.CurveArchive;
import io.cccpexplorer.dashboard.view.ChartPoint;
import io.cccpexplorer.history.HistoryDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intraday charts kept in the call history's store ({@code curve_points}): every point the dashboard takes, so
 * that a dashboard restarted during the day draws the day up to its restart. One thread reads and writes; the
 * points wait in a bounded buffer ({@link #PENDING_LIMIT}: over an hour of a large node's samples) and are written
 * together when the next ones come, so a store that fails or is slow costs a retry at the next sample, never the
 * sampling; what does not fit is counted ({@code lost}), the newest kept. A batch deletes its keys before inserting
 * them: written again after a commit whose answer was lost, or by two nodes sampling one project in the same
 * millisecond, it cannot fail for good. Points older than {@link #KEPT} are purged every hour.
 */
public final class StoredCurves implements CurveArchive, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoredCurves.class);
    static final int PENDING_LIMIT = 500_000;
    /** The longest business day (25 h, the end of daylight saving time), and an hour's slack. */
    static final Duration KEPT = Duration.ofHours(26);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final HistoryDatabase db;
    private final Clock clock;
    private final ExecutorService thread;
    /** Points not written yet (the writer's only after {@link #keep} handed them over). */
    private final List<Row> pending = new ArrayList<>();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile String lastError;
    private Instant lastPurge = Instant.MIN;

    private record Row(String project, ChartPoint point) {
    }

    StoredCurves(HistoryDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "history-curves");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public CompletionStage<List<ChartPoint>> points(String project, Instant from, Instant to) {
        return CompletableFuture.supplyAsync(() -> read(project, from, to), thread);
    }

    @Override
    public void keep(Map<String, ChartPoint> points) {
        Map<String, ChartPoint> copy = new LinkedHashMap<>(points);
        try {
            thread.execute(() -> {
                copy.forEach((project, point) -> pending.add(new Row(project, point)));
                int over = pending.size() - PENDING_LIMIT;
                if (over > 0) {   // the oldest go: the newest are what a restart draws last
                    pending.subList(0, over).clear();
                    lost.addAndGet(over);
                }
                flush();
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            lost.addAndGet(copy.size());   // closed
        }
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM curve_points WHERE project = ? AND t_ms = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO curve_points (project, t_ms, "
                         + "calls_in_progress, waiting, service_level) VALUES (?, ?, ?, ?, ?)")) {
                for (Row r : pending) {
                    delete.setString(1, r.project());
                    delete.setLong(2, r.point().t());
                    delete.addBatch();
                    insert.setString(1, r.project());
                    insert.setLong(2, r.point().t());
                    insert.setInt(3, r.point().callsInProgress());
                    insert.setInt(4, r.point().waiting());
                    if (r.point().serviceLevel() == null) {
                        insert.setNull(5, Types.DOUBLE);
                    } else {
                        insert.setDouble(5, r.point().serviceLevel());
                    }
                    insert.addBatch();
                }
                delete.executeBatch();
                insert.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            written.addAndGet(pending.size());
            pending.clear();
            lastError = null;
            purgeIfDue(c);
        } catch (SQLException | RuntimeException e) {
            failures.incrementAndGet();
            if (lastError == null) {
                LOG.warn("intraday charts: {} point(s) not written yet, retried with the next ones: {}",
                        pending.size(), e.getMessage());
            }
            lastError = e.getMessage();
        }
    }

    private void purgeIfDue(Connection c) throws SQLException {
        Instant now = clock.instant();
        if (Duration.between(lastPurge, now).compareTo(PURGE_EVERY) < 0) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM curve_points WHERE t_ms < ?")) {
            ps.setLong(1, now.minus(KEPT).toEpochMilli());
            ps.executeUpdate();
            c.commit();
        }
        lastPurge = now;
    }

    private List<ChartPoint> read(String project, Instant from, Instant to) {
        List<ChartPoint> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT t_ms, "
                + "calls_in_progress, waiting, service_level FROM curve_points WHERE project = ? AND t_ms >= ? "
                + "AND t_ms < ? ORDER BY t_ms")) {
            ps.setString(1, project);
            ps.setLong(2, from.toEpochMilli());
            ps.setLong(3, to.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long t = rs.getLong(1);
                    int inProgress = rs.getInt(2);
                    int waiting = rs.getInt(3);
                    double level = rs.getDouble(4);
                    out.add(new ChartPoint(t, inProgress, waiting, rs.wasNull() ? null : level));
                }
            }
        } catch (SQLException e) {
            throw new io.cccpexplorer.history.HistoryException("reading the intraday chart of " + project
                    + " failed: " + e.getMessage(), e);
        }
        return out;
    }

    /** The {@code curves} part of the history's {@code /health} check. */
    Map<String, Object> health() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("written", written.get());
        m.put("lost", lost.get());
        m.put("write_failures", failures.get());
        m.put("last_error", lastError);
        return m;
    }

    /** Points written. */
    public long written() {
        return written.get();
    }

    /** Writes that failed (their points are retried with the next ones). */
    public long failures() {
        return failures.get();
    }

    /** Points dropped: over {@link #PENDING_LIMIT} waiting, or kept after the store closed. */
    public long lost() {
        return lost.get();
    }

    /** Writes what is pending (one last try, at most 5 s), then stops; the store must still be open. */
    @Override
    public void close() {
        if (thread.isShutdown()) {
            return;
        }
        thread.execute(this::flush);
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("intraday charts: the last points were not written in 5 s");
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.shutdownNow();
        }
    }
}
