package io.cccpexplorer.simulator.server;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoEventLoop;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.util.function.Supplier;

/**
 * The socket layer under the server's event loops. Linux's epoll through Netty's native library accepts a
 * connection with less work than the JDK's NIO: the peer's address comes back as bytes instead of objects built by
 * JNI upcalls, and the socket is registered with the kernel at once instead of through the selector's update list
 * (#11: a script's {@code ccenter_report} opens one connection per query, and that set-up shares the client's
 * core; 26-59 µs less until the first answer, measured with the vendor's client). NIO is what every other platform
 * gets, and what a test's own NIO event loops keep.
 */
public enum Transport {

    EPOLL(EpollIoHandler::newFactory, EpollServerSocketChannel.class),
    NIO(NioIoHandler::newFactory, NioServerSocketChannel.class);

    // a factory method and a class literal: neither loads the native library until epoll is used
    private final Supplier<IoHandlerFactory> ioHandlerFactory;
    private final Class<? extends ServerChannel> serverChannel;

    Transport(Supplier<IoHandlerFactory> ioHandlerFactory, Class<? extends ServerChannel> serverChannel) {
        this.ioHandlerFactory = ioHandlerFactory;
        this.serverChannel = serverChannel;
    }

    /** The event loops' I/O handler of this transport. */
    public IoHandlerFactory ioHandlerFactory() {
        return ioHandlerFactory.get();
    }

    /** The listening channel that registers on this transport's event loops. */
    Class<? extends ServerChannel> serverChannel() {
        return serverChannel;
    }

    /** Epoll where Netty's native library loads (Linux on x86-64), NIO everywhere else. */
    public static Transport preferred() {
        return Epoll.isAvailable() ? EPOLL : NIO;
    }

    /**
     * Checks that this transport can run here.
     *
     * @throws IllegalStateException naming why not (epoll off Linux, or its native library not loaded)
     */
    public Transport requireAvailable() {
        if (this == EPOLL && !Epoll.isAvailable()) {
            throw new IllegalStateException("transport epoll is not available here: "
                    + Epoll.unavailabilityCause().getMessage() + " (use nio)");
        }
        return this;
    }

    /** The transport of {@code group}'s event loops: a channel must be of the same kind to register on them. */
    static Transport of(EventLoopGroup group) {
        return group.next() instanceof IoEventLoop loop && loop.isIoType(EpollIoHandler.class) ? EPOLL : NIO;
    }
}
