package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.explorer.LoginOk;
import io.cccpexplorer.protocol.netty.ExplorerChannelCodec;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sits between the codec and the {@link ExplorerConnection} on the channel's event loop. Until the server answers
 * {@code login_ok}, the codec accepts only {@link ConnectionLimits#preLoginMaxFrame() small frames} and the login
 * must come within {@link ConnectionLimits#loginTimeout()}; the {@code login_ok} written back lifts both. It reads
 * the answer rather than the request because only the server's own answer says the login succeeded.
 */
final class ConnectionGuard extends ChannelDuplexHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);

    private final ExplorerChannelCodec codec;
    private final ConnectionLimits limits;
    private final String name;
    private ScheduledFuture<?> loginDeadline;
    private boolean loggedIn;

    ConnectionGuard(ExplorerChannelCodec codec, ConnectionLimits limits, String name) {
        this.codec = codec;
        this.limits = limits;
        this.name = name;
        codec.maxInboundFrameLength(limits.preLoginMaxFrame());
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        loginDeadline = ctx.executor().schedule(() -> {
            if (!loggedIn && ctx.channel().isOpen()) {
                LOG.info("{}: no login within {} s; closing", name, limits.loginTimeout().toSeconds());
                ctx.close();
            }
        }, limits.loginTimeout().toMillis(), TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancelDeadline();
        ctx.fireChannelInactive();
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (!loggedIn && msg instanceof LoginOk) {
            loggedIn = true;
            codec.maxInboundFrameLength(limits.maxFrame());
            cancelDeadline();
        }
        ctx.write(msg, promise);
    }

    private void cancelDeadline() {
        if (loginDeadline != null) {
            loginDeadline.cancel(false);
            loginDeadline = null;
        }
    }
}
