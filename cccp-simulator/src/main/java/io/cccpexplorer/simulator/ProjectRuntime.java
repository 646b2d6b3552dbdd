package io.cccpexplorer.simulator;

import io.cccpexplorer.protocol.rlog.LogSource;
import io.cccpexplorer.protocol.rlog.LoggerDirectory;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.RlogRecorder;
import io.cccpexplorer.simulator.apply.RecordApplier;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import io.cccpexplorer.simulator.server.Authenticator;
import io.cccpexplorer.simulator.server.DayLoader;
import io.cccpexplorer.simulator.server.ExplorerServer;
import io.cccpexplorer.simulator.source.RecordFeed;
import io.cccpexplorer.simulator.source.ReplayDays;
import io.cccpexplorer.simulator.source.ScaledClock;
import io.cccpexplorer.simulator.source.SyntheticFeed;
import io.cccpexplorer.simulator.warmup.ConnectionWarmUp;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running project: its database and applier confined to one thread, its explorer server, and the feed
 * (synthetic or replay) that a periodic tick advances.
 */
final class ProjectRuntime implements RunningProject, LiveDatabase {

    private static final Logger log = LoggerFactory.getLogger(ProjectRuntime.class);
    private static final long CALL_TIMEOUT_SECONDS = 60;
    /** Deadline of a warm-up (measured: 30 min of LARGE, 590k records, in about 6 s). */
    private static final long WARM_UP_TIMEOUT_SECONDS = 600;
    /** Bound of the connection warm-up: a start on a loaded machine must not wait for all of it. */
    private static final Duration WARM_SESSIONS_DEADLINE = Duration.ofSeconds(20);

    private final ProjectConfig config;
    /** The project's one thread: its database, its feed and its connections' I/O (see the constructor). */
    private final EventLoopGroup dbLoop;
    private final EventLoop dbThread;
    private final DispatchDatabase db = new DispatchDatabase();
    private final RecordApplier applier;
    private final Clock clock;
    private final ExplorerServer server;
    private final RecordFeed feed;
    /** Synthetic with a warm-up: the records up to this instant are applied before the server starts. */
    private final Instant warmUpUntil;
    private final SimulatorConfig sim;
    /** How much faster than real time {@link #clock} runs (a synthetic project's speed; a replay paces itself). */
    private final double clockRate;
    /** The next tick and its plan; confined to the database thread, as the tick's own fields. */
    private ScheduledFuture<?> nextTick;
    private NextTick planned;
    private boolean stopped;
    private Instant lastWindowTick = Instant.MIN;
    private int port;

    ProjectRuntime(ProjectConfig config, SimulatorConfig sim) throws IOException {
        this.config = config;
        this.sim = sim;
        // the vendor keeps deleted sessions of the loaded days; a synthetic run lasts, so it forgets them after an hour
        this.applier = new RecordApplier(db, config.name(), config.source() instanceof ProjectConfig.Replay
                ? RecordApplier.KEEP_DELETED : Duration.ofHours(1));
        // An I/O event loop, not a plain executor: the server registers the project's connections on it, so a
        // request is read, answered and written by this one thread, as the single-threaded dispatch does. With a
        // separate I/O thread every small query paid two thread hand-offs (read -> database -> write), each a
        // wake-up that waits for a free core on a busy machine (#11: 7-75 ms to a connection_ok at load 20)
        this.dbLoop = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("cccp-sim-" + config.name(), true),
                sim.transport().ioHandlerFactory());
        this.dbThread = (EventLoop) dbLoop.next();
        DayLoader dayLoader = DayLoader.NONE;
        if (config.source() instanceof ProjectConfig.Synthetic s) {
            Instant origin = sim.clock().instant();
            this.clock = config.speed() == 1.0 ? sim.clock() : new ScaledClock(sim.clock(), origin, config.speed());
            RlogRecorder recorder = config.recordDir().isEmpty() ? null
                    : new RlogRecorder(config.recordDir().get(), LogSource.ccxml(config.name(), hostName()));
            this.warmUpUntil = s.warmUp().isZero() ? null : origin;
            this.feed = new SyntheticFeed(s.traffic().start(s.seed(), origin.minus(s.warmUp()), sim.serverOffset()),
                    recorder);
        } else if (config.source() instanceof ProjectConfig.Replay r) {
            this.warmUpUntil = null;
            this.clock = sim.clock();
            ReplayDays days = new ReplayDays(r.loggerRoot(), replayProject(r), sim.serverOffset(), applier, clock,
                    config.speed());
            this.feed = days;
            dayLoader = day -> {
                days.load(day);
                tickSoon();
            };
        } else {
            this.warmUpUntil = null;
            this.clock = sim.clock();
            this.feed = RecordFeed.NONE;
        }
        // only a synthetic project's clock runs at its speed; a replay paces itself on the real clock. A clock an
        // embedder gave may jump (a test moves its manual clock 20 s at a time and expects what is due applied within
        // a tick): its records are polled every tick, as no wait on it can be planned
        this.clockRate = !isSystemClock(sim.clock()) ? NextTick.UNKNOWN_RATE
                : config.source() instanceof ProjectConfig.Synthetic ? config.speed() : 1.0;
        Authenticator auth = authenticator(sim.credentials());
        this.server = new ExplorerServer(config.name(), db, dbThread, clock, sim.serverOffset(), auth, dayLoader,
                sim.maxPendingMessages(), eventSource(), sim.connectionLimits());
        server.objectAnswerDelay(sim.objectAnswerDelay());
    }

    /** The JDK's system clock, in any zone: the clock that runs in real time. */
    private static boolean isSystemClock(Clock clock) {
        return clock.getClass() == Clock.systemUTC().getClass();
    }

    void start(String bindAddress, EventLoopGroup boss, EventLoopGroup workers) throws Exception {
        if (config.source() instanceof ProjectConfig.Replay r && r.loadDay().isPresent()) {
            ReplayDays days = (ReplayDays) feed;
            call(() -> {
                days.load(r.loadDay().get());
                return null;
            });
        }
        if (warmUpUntil != null) {
            // no client can be connected yet: the past is applied without pushes, in one commit
            call(() -> {
                feed.warmUp(warmUpUntil, applier);
                return null;
            }, WARM_UP_TIMEOUT_SECONDS);
            log.info("project {}: warmed up with {} records", config.name(), applier.appliedCount());
        }
        if (sim.warmSessions() > 0) {
            // before the port opens: the first real client finds the connection's path compiled
            ConnectionWarmUp.Result w = ConnectionWarmUp.run(dbThread, sim.clock(), sim.serverOffset(),
                    sim.warmSessions(), WARM_SESSIONS_DEADLINE);
            log.info("project {}: {} warm-up sessions ({} objects) in {} ms on a throwaway server{}", config.name(),
                    w.sessions(), w.objects(), w.elapsed().toMillis(),
                    w.stopped().isEmpty() ? "" : "; stopped: " + w.stopped());
        }
        port = server.start(bindAddress, config.port(), boss, workers);
        dbThread.execute(this::scheduleTick);
    }

    private void tick() {
        boolean window = planned.window();
        nextTick = null;
        try {
            Instant now = clock.instant();
            feed.advance(now, applier);
            // the windowed queries' tick was planned a second after the last one: the clock's own reading may put
            // it a hair short of that
            if (window || !now.isBefore(lastWindowTick.plusSeconds(1))) {
                lastWindowTick = now;
                server.tick();
            }
        } catch (RuntimeException e) {
            log.error("project {}: tick failed: {}", config.name(), e.toString(), e);
        }
        scheduleTick();
    }

    private void scheduleTick() {
        schedule(plan());
    }

    private NextTick plan() {
        return NextTick.plan(clock.instant(), lastWindowTick, feed, clockRate);
    }

    private void schedule(NextTick plan) {
        if (!stopped) {
            planned = plan;
            nextTick = dbThread.schedule(this::tick, plan.delayMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** A day a client loaded may start a paced replay: its first records are due within a tick, not a second. */
    private void tickSoon() {
        NextTick plan = plan();
        if (nextTick != null && plan.delayMillis() < nextTick.getDelay(TimeUnit.MILLISECONDS)) {
            nextTick.cancel(false);
            schedule(plan);
        }
    }

    void close() {
        onDatabaseThread("stopping its tick", () -> {
            stopped = true;
            if (nextTick != null) {
                nextTick.cancel(false);
            }
        });
        server.close();
        onDatabaseThread("closing its feed", feed::close);
        // a short quiet period lets the closed connections' last events run before the thread stops
        dbLoop.shutdownGracefully(100, 2000, TimeUnit.MILLISECONDS).syncUninterruptibly();
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public LiveDatabase database() {
        return this;
    }

    @Override
    public int connectionCount() {
        return server.connectionCount();
    }

    @Override
    public long recordsApplied() {
        return call(applier::appliedCount);
    }

    @Override
    public ProjectConfig config() {
        return config;
    }

    @Override
    public void apply(List<RlogEntry> entries) {
        call(() -> {
            applier.applyAll(entries);
            return null;
        });
    }

    @Override
    public int applyUntilNewRow(List<RlogEntry> entries) {
        return call(() -> {
            long rows = server.rowsEntered();
            int applied = 0;
            for (RlogEntry e : entries) {
                applier.apply(e);
                applied++;
                if (server.rowsEntered() != rows) {
                    break;
                }
            }
            return applied;
        });
    }

    @Override
    public <T> T read(Function<DispatchDatabase, T> reader) {
        return call(() -> reader.apply(db));
    }

    @Override
    public void change(Consumer<DispatchDatabase> mutation) {
        call(() -> {
            mutation.accept(db);
            db.commit();
            return null;
        });
    }

    @Override
    public int liveQueryCount() {
        return call(() -> server.queryCounts()[0] + server.queryCounts()[1]);
    }

    private void onDatabaseThread(String what, Runnable task) {
        try {
            dbThread.submit(task).get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("project {}: {}: {}", config.name(), what, e.toString());
        }
    }

    private <T> T call(Callable<T> task) {
        return call(task, CALL_TIMEOUT_SECONDS);
    }

    private <T> T call(Callable<T> task, long timeoutSeconds) {
        if (dbThread.inEventLoop()) {
            try {
                return task.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return dbThread.submit(task).get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for project " + config.name(), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("project " + config.name() + " did not answer within "
                    + timeoutSeconds + " s", e);
        }
    }

    private String replayProject(ProjectConfig.Replay r) throws IOException {
        List<String> projects = new LoggerDirectory(r.loggerRoot()).projects();
        if (projects.contains(config.name()) || projects.size() != 1) {
            return config.name();
        }
        log.info("project {}: the Logger directory holds only project {}; replaying it",
                config.name(), projects.get(0));
        return projects.get(0);
    }

    private static Authenticator authenticator(List<Credentials> accepted) {
        if (accepted.isEmpty()) {
            return Authenticator.ANYONE;
        }
        return (login, password) -> accepted.contains(new Credentials(login, password))
                ? java.util.Optional.empty() : java.util.Optional.of("bad login or password");
    }

    /** {@code PID.EPOCH.PROCESS.HOST} with an empty process name, as the slave dispatch signs its events. */
    private static String eventSource() {
        return ProcessHandle.current().pid() + "." + Instant.now().getEpochSecond() + ".." + hostName();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }
}
