package io.cccpexplorer.client.internal;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.HashedWheelTimer;
import io.netty.util.Timer;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads shared by every connection of one client: the Netty event loops, one wheel timer (deadlines and
 * reconnect delays) and a pool that runs the connections' serial event executors. Closed by the client.
 */
public final class ClientResources implements AutoCloseable {

    private final EventLoopGroup group;
    private final Timer timer;
    private final ExecutorService listenerPool;
    private final AtomicInteger connectionIds = new AtomicInteger();

    public ClientResources(int ioThreads) {
        this.group = new MultiThreadIoEventLoopGroup(ioThreads, new DefaultThreadFactory("cccp-io", true),
                NioIoHandler.newFactory());
        this.timer = new HashedWheelTimer(new DefaultThreadFactory("cccp-timer", true), 10, TimeUnit.MILLISECONDS);
        this.listenerPool = Executors.newCachedThreadPool(daemonThreads("cccp-events"));
    }

    public EventLoop nextEventLoop() {
        return group.next();
    }

    public Timer timer() {
        return timer;
    }

    public ExecutorService listenerPool() {
        return listenerPool;
    }

    public int nextConnectionId() {
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
