package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.MessageTrace;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;

/** Shows every message, both ways, to a {@link MessageTrace}. */
final class TraceHandler extends ChannelDuplexHandler {

    private final MessageTrace trace;

    TraceHandler(MessageTrace trace) {
        this.trace = trace;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ExplorerMessage m) {
            trace.onMessage(true, m);
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof ExplorerMessage m) {
            trace.onMessage(false, m);
        }
        ctx.write(msg, promise);
    }
}
