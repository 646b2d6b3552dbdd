package io.cccpexplorer.simulator.warmup;

import io.cccpexplorer.protocol.netty.ExplorerChannelCodec;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.apply.RecordApplier;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import io.cccpexplorer.simulator.server.Authenticator;
import io.cccpexplorer.simulator.server.DayLoader;
import io.cccpexplorer.simulator.server.ExplorerServer;
import io.cccpexplorer.simulator.traffic.DayCurve;
import io.cccpexplorer.simulator.traffic.SyntheticTraffic;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the sessions a script's {@code ccenter_report} opens (one connection, one login, one list and its objects) a
 * few hundred times before a project's port opens, so that the per-connection path is compiled when the first real
 * client comes. Each real connection runs that path once: at a script's pace it would stay interpreted for hours
 * (#11: 1.9–4.0 ms of server time per session after 15 sessions per query, 1.2–2.1 ms after 100; the dispatch
 * 0.2–0.7 ms).
 *
 * <p>Nothing of it is visible to a client: the sessions go to a throwaway {@link ExplorerServer} over a throwaway
 * {@link DispatchDatabase} (its own object ids, filled with a few minutes of small synthetic traffic so that
 * lists, filters and formats meet real objects), on an ephemeral loopback port that is closed before the project's
 * own port is bound. The project's database, ids, queries and connection numbers are untouched. The server runs on
 * the project's own thread, so that thread's buffer caches are the ones warmed.
 */
public final class ConnectionWarmUp {

    /**
     * Synthetic traffic in the throwaway database: every query lists a few objects (agents, calls, queues), no more:
     * what stays cold is the per-connection path, the per-object one is warmed by the objects of every real answer.
     */
    private static final TrafficProfile PROFILE = TrafficProfile.DEMO.withQueues(2).withAgents(4).withCallsPerHour(30)
            .withCurve(DayCurve.FLAT);
    private static final Duration TRAFFIC = Duration.ofMinutes(10);
    private static final long SEED = 1L;
    /** A session of the warm-up that takes longer than this ends the warm-up (it is an optimisation, never fatal). */
    private static final long SESSION_TIMEOUT_MILLIS = 5_000;

    /**
     * What the warm-up did.
     *
     * @param sessions sessions completed
     * @param objects  object answers received
     * @param elapsed  wall time, throwaway database included
     * @param stopped  why it stopped before its count, or empty
     */
    public record Result(int sessions, int objects, Duration elapsed, String stopped) {
    }

    private ConnectionWarmUp() {
    }

    /**
     * Runs up to {@code sessions} sessions (the dashboard's four queries in turn), one after the other, against a
     * throwaway server on {@code loop}, until done or {@code deadline}. Call before the project's server starts.
     */
    public static Result run(EventLoop loop, Clock clock, ZoneOffset offset, int sessions, Duration deadline)
            throws InterruptedException {
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        DispatchDatabase db = new DispatchDatabase();
        try {
            loop.submit(() -> fill(db, clock.instant(), offset)).get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return new Result(0, 0, since(start), "throwaway database: " + e);
        }
        ExplorerServer server = new ExplorerServer("warm-up", db, loop, clock, offset, Authenticator.ANYONE,
                DayLoader.NONE, SimulatorConfig.DEFAULT_MAX_PENDING_MESSAGES, "0.0..warm-up");
        EventLoopGroup client = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("cccp-sim-warm-up", true),
                NioIoHandler.newFactory());
        int done = 0;
        int objects = 0;
        String stopped = "";
        try {
            int port = server.start("127.0.0.1", 0, loop, loop);
            // SO_LINGER 0: each session ends with a reset, not a FIN, so that none of the thousand client ports stays
            // in TIME_WAIT for a minute: a port in TIME_WAIT (an ephemeral one, 32768-60999 on Linux) cannot be bound
            // by a listener, and the project's own port, bound next, may be in that range
            Bootstrap b = new Bootstrap().group(client).channel(NioSocketChannel.class)
                    .option(ChannelOption.SO_LINGER, 0);
            for (; done < sessions; done++) {
                if (System.nanoTime() > end) {
                    stopped = "deadline of " + deadline.toMillis() + " ms";
                    break;
                }
                ScriptedSession session =
                        new ScriptedSession(ReportQuery.DASHBOARD.get(done % ReportQuery.DASHBOARD.size()));
                b.handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new ExplorerChannelCodec(), session);
                    }
                });
                b.connect("127.0.0.1", port);
                objects += session.done().get(SESSION_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            stopped = "session " + (done + 1) + ": " + e;
        } finally {
            server.close();
            client.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
        return new Result(done, objects, since(start), stopped);
    }

    private static Void fill(DispatchDatabase db, Instant now, ZoneOffset offset) {
        SyntheticTraffic traffic = new SyntheticTraffic(PROFILE, SEED,
                now.minus(TRAFFIC), offset);
        new RecordApplier(db, "WARMUP").applyAll(traffic.advanceTo(now));
        return null;
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
