package io.cccpexplorer.client.internal;

import io.netty.channel.EventLoopGroup;
import io.netty.util.Timeout;
import io.netty.util.Timer;
import io.netty.util.TimerTask;
import io.netty.util.concurrent.EventExecutor;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's {@link Timer} on its own event loops: each timeout is a task scheduled on one of them, and a loop
 * sleeps until its next deadline. Netty's {@code HashedWheelTimer}, used before, woke its thread at every tick
 * whether or not anything was due: at 10 ms, 100 wake-ups and about 6 ms of CPU a second for a client doing
 * nothing (#11, measured on a following {@code cccp-report}); here an idle client's deadlines cost nothing until
 * one is due, and each fires when it is due rather than at the next tick. A timeout set from one of the loops (a
 * connection sets its deadlines from its own) runs on that loop: its task, which hands work to the connection's
 * loop, then wakes no other thread.
 */
final class EventLoopTimer implements Timer {

    private static final Logger log = LoggerFactory.getLogger(EventLoopTimer.class);

    private final EventLoopGroup loops;
    /** Timeouts neither run nor cancelled: what {@link #stop()} cancels and returns. */
    private final Set<LoopTimeout> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    EventLoopTimer(EventLoopGroup loops) {
        this.loops = Objects.requireNonNull(loops, "loops");
    }

    @Override
    public Timeout newTimeout(TimerTask task, long delay, TimeUnit unit) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(unit, "unit");
        if (stopped) {
            throw new IllegalStateException("the timer is stopped");
        }
        LoopTimeout timeout = new LoopTimeout(task);
        pending.add(timeout);
        timeout.scheduled = callersLoopOrNext().schedule(timeout, Math.max(0, delay), unit);
        return timeout;
    }

    private EventExecutor callersLoopOrNext() {
        for (EventExecutor loop : loops) {
            if (loop.inEventLoop()) {
                return loop;
            }
        }
        return loops.next();
    }

    /** Cancels every pending timeout; later {@link #newTimeout} calls are refused. */
    @Override
    public Set<Timeout> stop() {
        stopped = true;
        Set<Timeout> cancelled = new HashSet<>();
        for (LoopTimeout t : pending) {
            if (t.cancel()) {
                cancelled.add(t);
            }
        }
        return cancelled;
    }

    private final class LoopTimeout implements Timeout, Runnable {

        private static final int PENDING = 0;
        private static final int CANCELLED = 1;
        private static final int EXPIRED = 2;

        private final TimerTask task;
        private final AtomicInteger state = new AtomicInteger(PENDING);
        /** Set just after scheduling: a cancel racing with it leaves the loop's task to find the state cancelled. */
        private volatile Future<?> scheduled;

        LoopTimeout(TimerTask task) {
            this.task = task;
        }

        @Override
        public void run() {
            if (!state.compareAndSet(PENDING, EXPIRED)) {
                return;
            }
            pending.remove(this);
            try {
                task.run(this);
            } catch (Throwable e) {
                // as HashedWheelTimer did: one task's failure is logged, the timer goes on
                log.warn("a timer task failed: {}", e.toString(), e);
            }
        }

        @Override
        public boolean cancel() {
            if (!state.compareAndSet(PENDING, CANCELLED)) {
                return false;
            }
            pending.remove(this);
            Future<?> f = scheduled;
            if (f != null) {
                f.cancel(false);
            }
            return true;
        }

        @Override
        public Timer timer() {
            return EventLoopTimer.this;
        }

        @Override
        public TimerTask task() {
            return task;
        }

        @Override
        public boolean isExpired() {
            return state.get() == EXPIRED;
        }

        @Override
        public boolean isCancelled() {
            return state.get() == CANCELLED;
        }
    }
}
