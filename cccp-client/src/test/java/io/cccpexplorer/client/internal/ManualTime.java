package io.cccpexplorer.client.internal;

import io.netty.util.Timeout;
import io.netty.util.Timer;
import io.netty.util.TimerTask;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.MockTicker;
import io.netty.util.concurrent.Ticker;

import java.time.Duration;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Time that moves only when a test says so: a mock ticker and a timer whose tasks run, in deadline order, while
 * {@link #advance} moves the ticker past them. The connection's tasks hop to its event loop; after each task
 * (and at the end of an advance) the event loop is let run dry ({@link #settleOn}), so a task runs at the time it
 * fell due and whatever it schedules is in the queue before the clock moves on. Without that, a task that
 * reschedules itself could land behind the ticker and never fire.
 */
final class ManualTime implements Timer {

    private final MockTicker ticker = Ticker.newMockTicker();
    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private long sequence;
    private volatile Runnable settle = () -> { };

    /** Lets {@code loop} run every task queued on it before the clock moves on (see the class comment). */
    void settleOn(EventExecutor loop) {
        settle = () -> loop.submit(() -> { }).syncUninterruptibly();
    }

    MockTicker ticker() {
        return ticker;
    }

    @Override
    public synchronized Timeout newTimeout(TimerTask task, long delay, TimeUnit unit) {
        Task t = new Task(task, ticker.nanoTime() + unit.toNanos(delay), sequence++);
        tasks.add(t);
        return t;
    }

    /** Moves the ticker by {@code by}, running every task that falls due on the way at its own time. */
    void advance(Duration by) {
        long target = ticker.nanoTime() + by.toNanos();
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.deadline - target > 0) {
                    break;
                }
                tasks.poll();
            }
            long now = ticker.nanoTime();
            if (next.deadline - now > 0) {
                ticker.advance(next.deadline - now, TimeUnit.NANOSECONDS);
            }
            if (!next.cancelled) {
                next.expired = true;
                try {
                    next.task.run(next);
                } catch (Exception e) {
                    throw new AssertionError("timer task failed", e);
                }
                settle.run();
            }
        }
        long now = ticker.nanoTime();
        if (target - now > 0) {
            ticker.advance(target - now, TimeUnit.NANOSECONDS);
        }
        settle.run();
    }

    @Override
    public synchronized Set<Timeout> stop() {
        tasks.clear();
        return Set.of();
    }

    private final class Task implements Timeout, Comparable<Task> {
        final TimerTask task;
        final long deadline;
        final long seq;
        volatile boolean cancelled;
        volatile boolean expired;

        Task(TimerTask task, long deadline, long seq) {
            this.task = task;
            this.deadline = deadline;
            this.seq = seq;
        }

        @Override
        public Timer timer() {
            return ManualTime.this;
        }

        @Override
        public TimerTask task() {
            return task;
        }

        @Override
        public boolean isExpired() {
            return expired;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean cancel() {
            if (expired || cancelled) {
                return false;
            }
            cancelled = true;
            return true;
        }

        @Override
        public int compareTo(Task o) {
            int c = Long.compare(deadline - o.deadline, 0);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
