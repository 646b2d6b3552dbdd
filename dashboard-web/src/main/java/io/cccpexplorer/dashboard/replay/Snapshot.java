package io.cccpexplorer.dashboard.replay;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One replayed (project, date[, hour]): its load job's progress, then its data. Thread-safe: the loader writes
 * progress, requests read it, and {@link #close()} may come from a DELETE, the expiry sweep or shutdown at any
 * time; data published after a close is closed at once.
 */
final class Snapshot {

    private final String id;
    private final SnapshotKey key;
    private final HourWindow window;
    private final Instant created;
    private final String createdBy;
    private final Clock clock;
    private final AtomicInteger users = new AtomicInteger();

    private volatile SnapshotState state = SnapshotState.QUEUED;
    private volatile String reason;
    private volatile int filesFound;
    private volatile long recordsLoaded;
    private volatile Instant loadedUntil;
    private volatile Instant finished;
    private volatile Instant lastUsed;
    private volatile Integer calls;
    private ReplayData data;
    private boolean closed;

    Snapshot(String id, SnapshotKey key, HourWindow window, String createdBy, Clock clock) {
        this.id = id;
        this.key = key;
        this.window = window;
        this.createdBy = createdBy;
        this.clock = clock;
        this.created = clock.instant();
        this.lastUsed = created;
    }

    String id() {
        return id;
    }

    SnapshotKey key() {
        return key;
    }

    HourWindow window() {
        return window;
    }

    Instant created() {
        return created;
    }

    String createdBy() {
        return createdBy;
    }

    SnapshotState state() {
        return state;
    }

    String reason() {
        return reason;
    }

    int filesFound() {
        return filesFound;
    }

    long recordsLoaded() {
        return recordsLoaded;
    }

    Instant loadedUntil() {
        return loadedUntil;
    }

    Instant finished() {
        return finished;
    }

    Instant lastUsed() {
        return lastUsed;
    }

    /** Calls in the window once ready, else {@code null}; reading it does not count as a use. */
    Integer calls() {
        return calls;
    }

    int users() {
        return users.get();
    }

    synchronized boolean isClosed() {
        return closed;
    }

    void loading(int files) {
        filesFound = files;
        state = SnapshotState.LOADING;
    }

    void progress(long records, Instant until) {
        recordsLoaded = records;
        if (until != null) {
            loadedUntil = until;
        }
    }

    void failed(String why) {
        reason = why;
        finished = clock.instant();
        state = SnapshotState.FAILED;
    }

    /** Makes the data available; false (and the data is the caller's to close) when the snapshot was closed. */
    synchronized boolean ready(ReplayData loaded) {
        if (closed) {
            return false;
        }
        data = loaded;
        calls = loaded.calls().size();
        finished = clock.instant();
        lastUsed = finished;
        state = SnapshotState.READY;
        return true;
    }

    /** The data for one request, counted as in use until {@link #release()}; empty unless ready. */
    synchronized Optional<ReplayData> acquire() {
        if (closed || data == null) {
            return Optional.empty();
        }
        users.incrementAndGet();
        lastUsed = clock.instant();
        return Optional.of(data);
    }

    void release() {
        lastUsed = clock.instant();
        users.decrementAndGet();
    }

    /** Whether the sweep may free it: finished, unused now, and idle since {@code deadline}. */
    boolean idleSince(Instant deadline) {
        return state.finished() && users.get() == 0 && lastUsed.isBefore(deadline);
    }

    /** Stops the replay server and frees the data; a load still running stops at its next batch. */
    void close() {
        ReplayData toClose;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = data;
            data = null;
        }
        if (toClose != null) {
            toClose.close();
        }
    }
}
