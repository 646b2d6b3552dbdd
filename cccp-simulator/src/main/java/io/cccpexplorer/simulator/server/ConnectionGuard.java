package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.LogText;
import io.cccpexplorer.protocol.explorer.LoginOk;
import io.cccpexplorer.protocol.netty.ExplorerBatch;
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
 *
 * <p>At every stage, a frame whose first bytes arrived must be complete within
 * {@link ConnectionLimits#frameTimeout()}: otherwise a logged-in peer could declare an 8 MiB frame, send part of
 * it and pin what arrived forever. The deadline is armed after a read that leaves part of a frame in the codec,
 * and re-armed whenever a frame completes; a connection with nothing half received has no deadline, so an idle
 * client is never closed for it.
 */
final class ConnectionGuard extends ChannelDuplexHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);

    private final ExplorerChannelCodec codec;
    private final ConnectionLimits limits;
    private final String name;
    private ScheduledFuture<?> loginDeadline;
    private ScheduledFuture<?> frameDeadline;
    private boolean loggedIn;
    /** A frame was decoded since the last read completed: a partial frame now is a new one. */
    private boolean frameCompleted;
    /** This guard closed the connection and logged why. */
    private boolean closedByGuard;

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
                LOG.info("{}: no login within {} ms; closing", LogText.of(name), limits.loginTimeout().toMillis());
                closeWithReasonLogged(ctx);
            }
        }, limits.loginTimeout().toMillis(), TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        frameCompleted = true;
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        boolean partial = codec.pendingInboundBytes() > 0;
        if (!partial || frameCompleted) {
            cancelFrameDeadline();
        }
        frameCompleted = false;
        if (partial && frameDeadline == null && ctx.channel().isOpen()) {
            frameDeadline = ctx.executor().schedule(() -> frameOverdue(ctx),
                    limits.frameTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        ctx.fireChannelReadComplete();
    }

    private void frameOverdue(ChannelHandlerContext ctx) {
        frameDeadline = null;
        int pending = codec.pendingInboundBytes();
        if (pending > 0 && ctx.channel().isOpen()) {
            LOG.warn("{}: closing: a frame still incomplete {} ms after it started ({} bytes arrived)",
                    LogText.of(name), limits.frameTimeout().toMillis(), pending);
            closeWithReasonLogged(ctx);
        }
    }

    private void closeWithReasonLogged(ChannelHandlerContext ctx) {
        closedByGuard = true;
        ctx.close();
    }

    /**
     * Closing inside a frame makes the codec report "connection closed inside a frame"; once this guard logged
     * its own reason, that echo is dropped so each close is logged once.
     */
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (closedByGuard && cause instanceof CccpCodecException) {
            return;
        }
        ctx.fireExceptionCaught(cause);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancelDeadline();
        cancelFrameDeadline();
        ctx.fireChannelInactive();
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (!loggedIn && (msg instanceof LoginOk
                || msg instanceof ExplorerBatch batch
                && batch.messages().stream().anyMatch(LoginOk.class::isInstance))) {
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

    private void cancelFrameDeadline() {
        if (frameDeadline != null) {
            frameDeadline.cancel(false);
            frameDeadline = null;
        }
    }
}
