package io.cccpexplorer.client.internal;

import io.cccpexplorer.protocol.explorer.ConnectionOk;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.explorer.Initialize;
import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.explorer.Login;
import io.cccpexplorer.protocol.explorer.LoginOk;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.netty.ExplorerChannelCodec;
import io.cccpexplorer.protocol.objects.ProtocolList;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalServerChannel;
import io.netty.util.concurrent.GlobalEventExecutor;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A scripted explorer server inside the JVM (Netty {@code LocalServerChannel}, our codec): it completes the
 * handshake and answers every {@code query_list} with an empty list, until told to keep quiet. For the
 * state-machine tests, which drive time by hand; the TCP {@code FakeDispatch} serves the integration tests.
 */
final class LocalDispatch implements AutoCloseable {

    private final EventLoopGroup group;
    private final LocalAddress address;
    private final ChannelGroup clients = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final BlockingQueue<ExplorerMessage> received = new LinkedBlockingQueue<>();
    private volatile boolean answerHandshake = true;
    private volatile boolean answerQueries = true;
    private volatile String silentOn;
    private Channel server;

    LocalDispatch(EventLoopGroup group, String name) throws InterruptedException {
        this.group = group;
        this.address = new LocalAddress(name);
        start();
    }

    void start() throws InterruptedException {
        server = new ServerBootstrap()
                .group(group)
                .channel(LocalServerChannel.class)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        clients.add(ch);
                        ch.pipeline().addLast(new ExplorerChannelCodec(), new Handler());
                    }
                })
                .bind(address).sync().channel();
    }

    /** Closes every connection and stops listening: connects are refused until {@link #start()}. */
    void stop() throws InterruptedException {
        clients.close().sync();
        server.close().sync();
    }

    /** The dispatch stopped answering, the connection staying up (a stopped process, a hung server). */
    void keepQuiet() {
        answerHandshake = false;
        answerQueries = false;
    }

    void answerAgain() {
        answerHandshake = true;
        answerQueries = true;
    }

    /** Leaves the {@code query_list} of {@code field} unanswered (null: answers every list again). */
    void silentOn(String field) {
        silentOn = field;
    }

    /** Answers the TCP connect but never the handshake. */
    void ignoreHandshakes() {
        answerHandshake = false;
    }

    BlockingQueue<ExplorerMessage> received() {
        return received;
    }

    /** The received messages of {@code type}, oldest first, removed from the queue. */
    <T extends ExplorerMessage> List<T> drain(Class<T> type) {
        List<ExplorerMessage> all = new java.util.ArrayList<>();
        received.drainTo(all);
        return all.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private final class Handler extends SimpleChannelInboundHandler<ExplorerMessage> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ExplorerMessage m) {
            received.add(m);
            if (m instanceof Initialize && answerHandshake) {
                ctx.writeAndFlush(new ConnectionOk(0x020A008C, new CccpDate(1_770_000_000L, 0, 3600)));
            } else if (m instanceof Login l && answerHandshake) {
                ctx.writeAndFlush(new LoginOk(l.sessionId(), "", ""));
            } else if (m instanceof QueryList q && answerQueries && !q.field().equals(silentOn)) {
                ctx.writeAndFlush(new ListResponse(q.sessionId(), q.systemId(), ProtocolList.EMPTY));
            }
        }
    }
}
