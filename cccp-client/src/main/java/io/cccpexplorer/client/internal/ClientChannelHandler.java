package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.CccpConnectionException;
import io.cccpexplorer.client.CccpLoginException;
import io.cccpexplorer.client.CccpTimeoutException;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.protocol.explorer.ConnectionOk;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.explorer.Initialize;
import io.cccpexplorer.protocol.explorer.Login;
import io.cccpexplorer.protocol.explorer.LoginFailed;
import io.cccpexplorer.protocol.explorer.LoginOk;
import io.cccpexplorer.protocol.explorer.RestartConnection;
import io.cccpexplorer.protocol.explorer.ServerAskToDisconnect;
import io.cccpexplorer.protocol.explorer.UseDefaultNamespacesIndex;
import io.cccpexplorer.protocol.explorer.UseDefaultNamespacesIndexOk;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;

import java.util.concurrent.TimeUnit;

/**
 * The last handler of a client pipeline: runs the handshake (initialize → connection_ok → login → login_ok →
 * optionally use_default_namespaces_index → _ok) under one deadline, then hands the session to its owner and
 * routes the server's messages to it. The first failure of the channel (codec error, login refused, server
 * request, deadline) is remembered as the cause, and the channel is closed; the owner hears about it once,
 * from {@link #channelInactive}.
 */
final class ClientChannelHandler extends ChannelInboundHandlerAdapter {

    /** The connection that owns this channel; every call happens on the channel's event loop. */
    interface Owner {
        void onReady(ExplorerSession session);

        void onClosed(ClientChannelHandler handler, Throwable cause);

        /** {@code restart_connection}: reconnect at once rather than after a backoff delay. */
        void onRestartRequested();
    }

    private enum Phase { CONNECTION_OK, LOGIN_OK, NAMESPACES_OK, READY }

    private final Owner owner;
    private final Credentials credentials;
    private final ConnectionOptions options;
    private final long deadlineNanos;
    /** The server's address, for messages. */
    private final String tag;
    private Phase phase = Phase.CONNECTION_OK;
    private ExplorerSession session;
    private ScheduledFuture<?> deadline;
    private Throwable cause;

    ClientChannelHandler(Owner owner, Credentials credentials, ConnectionOptions options, long deadlineNanos,
                         String tag) {
        this.owner = owner;
        this.credentials = credentials;
        this.options = options;
        this.deadlineNanos = deadlineNanos;
        this.tag = tag;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        long left = Math.max(1, deadlineNanos - System.nanoTime());
        deadline = ctx.executor().schedule(() -> fail(ctx, new CccpTimeoutException("handshake with " + tag
                + " timed out after " + Durations.text(options.handshakeTimeout()))), left, TimeUnit.NANOSECONDS);
        send(ctx, new Initialize(options.clientVersion(), false));
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ExplorerMessage message) || cause != null) {
            return;
        }
        if (message instanceof ServerAskToDisconnect) {
            fail(ctx, new CccpConnectionException("server " + tag + " asked to disconnect"));
            return;
        }
        if (message instanceof RestartConnection) {
            fail(ctx, new CccpConnectionException("server " + tag + " asked to restart the connection"));
            owner.onRestartRequested();
            return;
        }
        switch (phase) {
            case CONNECTION_OK -> {
                if (message instanceof ConnectionOk) {
                    phase = Phase.LOGIN_OK;
                    send(ctx, new Login(ExplorerSession.SESSION_ID, credentials.login(), credentials.password(), 1,
                            false));
                }
            }
            case LOGIN_OK -> {
                if (message instanceof LoginFailed failed) {
                    fail(ctx, new CccpLoginException(failed.reason()));
                } else if (message instanceof LoginOk) {
                    if (options.useDefaultNamespaces()) {
                        phase = Phase.NAMESPACES_OK;
                        send(ctx, UseDefaultNamespacesIndex.INSTANCE);
                    } else {
                        ready(ctx);
                    }
                }
            }
            case NAMESPACES_OK -> {
                if (message instanceof UseDefaultNamespacesIndexOk) {
                    ready(ctx);
                }
            }
            case READY -> session.dispatch(message);
            default -> throw new IllegalStateException("phase " + phase);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable e) {
        fail(ctx, e);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (deadline != null) {
            deadline.cancel(false);
        }
        Throwable why = cause != null ? cause
                : new CccpConnectionException("connection to " + tag + " closed by the server");
        owner.onClosed(this, why);
    }

    private void ready(ChannelHandlerContext ctx) {
        deadline.cancel(false);
        phase = Phase.READY;
        session = new ExplorerSession(ctx.channel());
        owner.onReady(session);
    }

    /** Remembers the first failure and closes; later failures of the same channel are consequences. */
    private void fail(ChannelHandlerContext ctx, Throwable e) {
        if (cause == null) {
            cause = e;
            ctx.close();
        }
    }

    private static void send(ChannelHandlerContext ctx, ExplorerMessage message) {
        ctx.writeAndFlush(message).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
    }
}
