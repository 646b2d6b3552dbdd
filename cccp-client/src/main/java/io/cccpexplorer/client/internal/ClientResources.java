package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ServerAddress;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.Timer;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.Ticker;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The threads and the time shared by every connection of one client: the Netty event loops and the transport,
 * one timer (deadlines, reconnect delays, liveness checks), one ticker (the monotonic clock every deadline and
 * measurement reads) and a pool that runs the connections' serial event executors and completes their futures.
 * Closed by the client.
 *
 * <p>This is the client's time and transport seam: production uses NIO sockets, a timer on the event loops and
 * {@link Ticker#systemTicker()}; the state-machine tests use Netty's in-JVM {@code LocalChannel}, a manual timer
 * and a mock ticker, so deadlines, backoff and liveness are tested without waiting for real time. Not API: the
 * only public entry points are {@link #create(int)} and {@link #open}, for {@code CccpClient}.
 */
public final class ClientResources implements AutoCloseable {

    private final EventLoopGroup group;
    private final Class<? extends Channel> channelType;
    private final Function<ServerAddress, SocketAddress> resolver;
    private final Timer timer;
    private final Ticker ticker;
    private final Clock clock;
    private final ExecutorService listenerPool;
    private final AtomicInteger connectionIds = new AtomicInteger();

    ClientResources(EventLoopGroup group, Class<? extends Channel> channelType,
                    Function<ServerAddress, SocketAddress> resolver, Timer timer, Ticker ticker, Clock clock,
                    ExecutorService listenerPool) {
        this.group = group;
        this.channelType = channelType;
        this.resolver = resolver;
        this.timer = timer;
        this.ticker = ticker;
        this.clock = clock;
        this.listenerPool = listenerPool;
    }

    /**
     * The production resources: {@code ioThreads} NIO event loops, a timer on those loops (no thread of its own:
     * {@link EventLoopTimer}), the system ticker.
     *
     * @param ioThreads event-loop threads shared by all connections
     * @return resources to close when the client closes
     */
    public static ClientResources create(int ioThreads) {
        EventLoopGroup loops = new MultiThreadIoEventLoopGroup(ioThreads, new DefaultThreadFactory("cccp-io", true),
                NioIoHandler.newFactory());
        return new ClientResources(
                loops,
                NioSocketChannel.class,
                address -> InetSocketAddress.createUnresolved(address.host(), address.port()),
                new EventLoopTimer(loops),
                Ticker.systemTicker(),
                Clock.systemUTC(),
                Executors.newCachedThreadPool(daemonThreads("cccp-events")));
    }

    /**
     * A new connection (not started) using these resources.
     *
     * @param address     where the server listens
     * @param credentials the login
     * @param options     how the connection behaves
     * @return the connection's machinery; {@link ConnectionCore#start()} starts it
     */
    public ConnectionCore open(ServerAddress address, Credentials credentials, ConnectionOptions options) {
        return new ConnectionCore(this, address, credentials, options);
    }

    EventLoop nextEventLoop() {
        return group.next();
    }

    Class<? extends Channel> channelType() {
        return channelType;
    }

    SocketAddress resolve(ServerAddress address) {
        return resolver.apply(address);
    }

    Timer timer() {
        return timer;
    }

    /** The monotonic clock of every deadline and measurement. */
    Ticker ticker() {
        return ticker;
    }

    /** The wall clock, only to show the ticker's times as instants. */
    Clock clock() {
        return clock;
    }

    ExecutorService listenerPool() {
        return listenerPool;
    }

    int nextConnectionId() {
        return connectionIds.incrementAndGet();
    }

    @Override
    public void close() {
        timer.stop();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        listenerPool.shutdown();
        try {
            listenerPool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
