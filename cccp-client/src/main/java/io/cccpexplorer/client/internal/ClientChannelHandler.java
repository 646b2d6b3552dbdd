package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.CccpConnectionException;
import io.cccpexplorer.client.CccpException;
import io.cccpexplorer.client.CccpLoginException;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.protocol.CccpCodecException;
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

/**
 * The last handler of a client pipeline: runs the handshake (initialize → connection_ok → login → login_ok →
 * optionally use_default_namespaces_index → _ok), then hands the session to its owner and routes the server's
 * messages to it; the owner keeps the handshake deadline and hears of every message received (liveness). The
 * first failure of the channel (codec error, login refused, server request, deadline, silence) is remembered as
 * the cause, and the channel is closed; the owner hears about it once, from {@link #channelInactive}.
 */
final class ClientChannelHandler extends ChannelInboundHandlerAdapter {

    /** The connection that owns this channel; every call happens on the channel's event loop. */
    interface Owner {
        void onReady(ExplorerSession session);

        void onClosed(ClientChannelHandler handler, Throwable cause);

        /** {@code restart_connection}: reconnect at once rather than after a backoff delay. */
        void onRestartRequested();

        /** A message arrived (any message: each one proves the server is alive). */
        void onData();
    }

    private enum Phase { CONNECTION_OK, LOGIN_OK, NAMESPACES_OK, READY }

    private final Owner owner;
    private final Credentials credentials;
    private final ConnectionOptions options;
    /** The server's address, for messages. */
    private final String tag;
    private Phase phase = Phase.CONNECTION_OK;
    private ExplorerSession session;
    private ChannelHandlerContext context;
    private Throwable cause;

    ClientChannelHandler(Owner owner, Credentials credentials, ConnectionOptions options, String tag) {
        this.owner = owner;
        this.credentials = credentials;
        this.options = options;
        this.tag = tag;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        context = ctx;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        send(ctx, new Initialize(options.clientVersion(), false));
        ctx.fireChannelActive();
    }

    /**
     * Fails the channel from outside (handshake deadline, silence); on the event loop.
     *
     * @return false when the channel has no pipeline yet (still connecting): the caller closes it
     */
    boolean fail(Throwable e) {
        if (context == null) {
            return false;
        }
        fail(context, e);
        return true;
    }

    /** @return the first failure of this channel, {@code null} while none */
    Throwable cause() {
        return cause;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ExplorerMessage message) || cause != null) {
            return;
        }
        owner.onData();
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
            case READY -> {
                session.startOfRead();
                session.dispatch(message);
            }
            default -> throw new IllegalStateException("phase " + phase);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (session != null) {
            session.endOfRead();
        }
        ctx.fireChannelReadComplete();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable e) {
        fail(ctx, asClientException(e));
    }

    /**
     * What the caller sees of a failure in the pipeline: always a {@link CccpException}. A malformed frame from
     * the server used to reach {@code connect()}'s future as cccp-protocol's {@code CccpCodecException}, a type
     * outside the client's API (found by the fuzz/soak tool).
     */
    private Throwable asClientException(Throwable e) {
        if (e instanceof CccpException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {   // the codec's exception, maybe inside Netty's wrapper
            if (t instanceof CccpCodecException codec) {
                return new CccpConnectionException("malformed frame from " + tag + ": " + codec.getMessage(), codec);
            }
        }
        return new CccpConnectionException("connection to " + tag + ": " + ConnectionCore.describe(e), e);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        Throwable why = cause != null ? cause
                : new CccpConnectionException("connection to " + tag + " closed by the server");
        owner.onClosed(this, why);
    }

    private void ready(ChannelHandlerContext ctx) {
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
