package io.cccpexplorer.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.explorer.ConnectionOk;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.explorer.Initialize;
import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.explorer.Login;
import io.cccpexplorer.protocol.explorer.LoginOk;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.netty.ExplorerChannelCodec;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real explorer client for tests: cccp-protocol codecs over a loopback socket, every received message queued.
 * Waits always have a deadline.
 */
public final class ExplorerTestClient implements AutoCloseable {

    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final EventLoopGroup group;
    private final Channel channel;
    private final BlockingQueue<ExplorerMessage> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final AtomicInteger nextSystemId = new AtomicInteger(1000);

    private ExplorerTestClient(int port) throws InterruptedException {
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        channel = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new ExplorerChannelCodec());
                        ch.pipeline().addLast(new SimpleChannelInboundHandler<ExplorerMessage>() {
                            @Override
                            protected void channelRead0(ChannelHandlerContext ctx, ExplorerMessage msg) {
                                received.add(msg);
                            }

                            @Override
                            public void channelInactive(ChannelHandlerContext ctx) {
                                closed.complete(null);
                            }
                        });
                    }
                })
                .connect("127.0.0.1", port).sync().channel();
    }

    /** Connected, not yet initialized. */
    public static ExplorerTestClient connect(int port) throws InterruptedException {
        return new ExplorerTestClient(port);
    }

    /** Connected, initialized and logged in as session 1. */
    public static ExplorerTestClient loggedIn(int port) throws Exception {
        ExplorerTestClient c = connect(port);
        c.send(new Initialize(0x020A008C, false));
        c.next(ConnectionOk.class);
        c.send(new Login(1, "admin", "admin", 1, false));
        c.next(LoginOk.class);
        return c;
    }

    public void send(ExplorerMessage message) {
        channel.writeAndFlush(message).syncUninterruptibly();
    }

    /** Raw bytes, bypassing the encoder. */
    public void sendRaw(ByteBuf bytes) {
        channel.writeAndFlush(bytes).syncUninterruptibly();
    }

    /** Stops reading from the socket: the server's pushes pile up in the kernel buffers, then in the server. */
    public void stopReading() {
        channel.config().setAutoRead(false);
    }

    public void resumeReading() {
        channel.config().setAutoRead(true);
        channel.read();
    }

    public int newSystemId() {
        return nextSystemId.incrementAndGet();
    }

    /** The next message, which must be a {@code type}. */
    public <T extends ExplorerMessage> T next(Class<T> type) throws InterruptedException {
        ExplorerMessage m = received.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(m).as("a %s within %s", type.getSimpleName(), TIMEOUT).isNotNull();
        assertThat(m).isInstanceOf(type);
        return type.cast(m);
    }

    /**
     * Proves that nothing was received before this point: sends a query_list on the root's users (always
     * answered) and checks that its answer is the next message.
     */
    public void assertNothingPending() throws InterruptedException {
        int probe = newSystemId();
        send(new QueryList(1, probe, "/dispatch", 0, "users", "", 0, "", 0));
        ListResponse r = next(ListResponse.class);
        assertThat(r.systemId()).as("first message after the probe").isEqualTo(probe);
    }

    public boolean awaitClosed(Duration timeout) {
        try {
            closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    public boolean isOpen() {
        return channel.isActive();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
