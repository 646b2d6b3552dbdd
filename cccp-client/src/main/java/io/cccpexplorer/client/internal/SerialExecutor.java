package io.cccpexplorer.client.internal;

import io.netty.util.concurrent.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs tasks one at a time, in submission order, on a shared pool: user code (listeners, future completions)
 * never runs on the I/O thread and never runs concurrently with itself. Each task is isolated: an exception is
 * counted ({@link #failureCount()}), logged, and the next task runs; a task that calls several listeners wraps each
 * call in {@link #call}, so that one listener's exception does not keep the change from the others. A task slower than
 * {@link #SLOW_TASK_NANOS} that held other tasks back (they were queued when it finished) is reported. A slow task with
 * nothing behind it delayed no one: the first callback of a run often spends hundreds of milliseconds loading classes,
 * and reporting it would only teach people to ignore the warning.
 *
 * <p>Two kinds of submission: {@link #execute} always queues (future completions, resyncs: few and bounded by
 * the number of requests), {@link #offer} queues only below the capacity (row changes). When an offer is
 * refused, the caller switches to resync mode and asks to be told, via {@link #onRoom}, when the queue has
 * drained to half its capacity.
 */
public final class SerialExecutor implements Executor {

    private static final Logger log = LoggerFactory.getLogger(SerialExecutor.class);
    static final long SLOW_TASK_NANOS = 500_000_000L;

    private final Executor pool;
    private final Ticker ticker;
    private final int capacity;
    private final String name;
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong refused = new AtomicLong();
    private final List<Runnable> roomHooks = new CopyOnWriteArrayList<>();
    private final AtomicLong slow = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    /** The thread draining the queue now, for {@link #isCurrentThread()}. */
    private volatile Thread drainer;
    private volatile boolean overflowed;

    /**
     * @param pool     the threads that run the tasks (one at a time)
     * @param capacity how many tasks {@link #offer} accepts before refusing
     * @param name     how log lines name this executor
     */
    public SerialExecutor(Executor pool, int capacity, String name) {
        this(pool, Ticker.systemTicker(), capacity, name);
    }

    SerialExecutor(Executor pool, Ticker ticker, int capacity, String name) {
        this.pool = pool;
        this.ticker = ticker;
        this.capacity = capacity;
        this.name = name;
    }

    @Override
    public void execute(Runnable task) {
        queue.add(task);
        size.incrementAndGet();
        schedule();
    }

    /**
     * Queues {@code task} unless the queue holds {@code capacity} tasks already.
     *
     * @param task the task
     * @return false when refused
     */
    public boolean offer(Runnable task) {
        if (size.get() >= capacity) {
            refused.incrementAndGet();
            overflowed = true;
            return false;
        }
        execute(task);
        return true;
    }

    /**
     * Registers a hook run (on this executor) each time the queue drains to half capacity after a refusal.
     *
     * @param hook the hook
     */
    public void onRoom(Runnable hook) {
        roomHooks.add(hook);
    }

    /** @param hook a hook registered with {@link #onRoom} */
    public void removeRoomHook(Runnable hook) {
        roomHooks.remove(hook);
    }

    /** @return how many slow tasks held others back (each one logged as a warning) */
    public long slowTaskCount() {
        return slow.get();
    }

    /** @return how many tasks or listener calls ({@link #call}) ended with an exception so far (each one logged) */
    public long failureCount() {
        return failed.get();
    }

    /**
     * Runs one listener call inside a task of this executor: an exception is counted and logged, and the task goes
     * on (the next listener still gets the change, a list still completes what it was doing).
     *
     * @param listenerCall the call
     */
    public void call(Runnable listenerCall) {
        try {
            listenerCall.run();
        } catch (RuntimeException | Error e) {
            failed(e);
        }
    }

    /** @return how many offers were refused so far */
    public long refusedCount() {
        return refused.get();
    }

    /** @return how many tasks wait to run */
    public int queued() {
        return size.get();
    }

    private void schedule() {
        if (running.compareAndSet(false, true)) {
            try {
                pool.execute(this::drain);
            } catch (RuntimeException e) {
                running.set(false);
                log.error("[{}] cannot schedule listener tasks: {}", name, e.toString());
            }
        }
    }

    /** @return true when called by a task of this executor (a listener) */
    public boolean isCurrentThread() {
        return drainer == Thread.currentThread();
    }

    private void drain() {
        drainer = Thread.currentThread();
        try {
            for (int batch = 0; batch < 1024; batch++) {
                Runnable task = queue.poll();
                if (task == null) {
                    break;
                }
                int left = size.decrementAndGet();
                run(task);
                if (overflowed && left <= capacity / 2) {
                    overflowed = false;
                    roomHooks.forEach(this::run);
                }
            }
        } finally {
            drainer = null;
            running.set(false);
            if (!queue.isEmpty()) {
                schedule();
            }
        }
    }

    private void failed(Throwable e) {
        failed.incrementAndGet();
        log.warn("[{}] a listener failed: {}", name, e.toString(), e);
    }

    private void run(Runnable task) {
        long start = ticker.nanoTime();
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            failed(e);
        }
        long took = ticker.nanoTime() - start;
        int behind = size.get();
        if (took > SLOW_TASK_NANOS && behind > 0) {
            slow.incrementAndGet();
            log.warn("[{}] a listener took {} ms; {} events waited behind it", name, took / 1_000_000, behind);
        }
    }
}
