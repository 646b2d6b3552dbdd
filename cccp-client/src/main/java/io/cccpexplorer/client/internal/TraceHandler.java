package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.MessageTrace;
import io.cccpexplorer.client.WireMessage;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.netty.ExplorerBatch;
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
            trace.onMessage(true, new Traced(m));
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof ExplorerMessage m) {
            trace.onMessage(false, new Traced(m));
        } else if (msg instanceof ExplorerBatch batch) {
            batch.messages().forEach(m -> trace.onMessage(false, new Traced(m)));
        }
        ctx.write(msg, promise);
    }

    private record Traced(ExplorerMessage message) implements WireMessage {
        @Override
        public <T> T unwrap(Class<T> type) {
            if (!type.isInstance(message)) {
                throw new IllegalArgumentException("a " + message.getClass().getSimpleName() + " is not a "
                        + type.getName());
            }
            return type.cast(message);
        }

        @Override
        public String toString() {
            return message.toString();
        }
    }
}
