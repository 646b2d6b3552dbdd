package io.cccpexplorer.protocol.netty;

import io.cccpexplorer.protocol.explorer.ExplorerCodec;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.wire.Frames;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * {@link ExplorerMessage}s (one, or an {@link ExplorerBatch} of them) to bytes, the mirror of
 * {@link ExplorerDecoder}. A message that cannot be encoded fails its write and nothing of that write is sent. If
 * it failed after announcing a namespace, the peer can no longer follow our numbering, so the channel is closed as
 * well.
 */
public final class ExplorerEncoder extends MessageToByteEncoder<Object> {

    private final ExplorerNamespaces namespaces;
    private final int maxFrameLength;

    /**
     * The encoding half of a connection's codec.
     *
     * @param namespaces the connection's tables, shared with its decoder
     * @param maxFrameLength the largest frame this side sends, header included
     */
    public ExplorerEncoder(ExplorerNamespaces namespaces, int maxFrameLength) {
        super(Object.class);
        this.namespaces = namespaces;
        this.maxFrameLength = maxFrameLength;
    }

    @Override
    public boolean acceptOutboundMessage(Object msg) {
        return msg instanceof ExplorerMessage || msg instanceof ExplorerBatch;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Object msg, ByteBuf out) {
        if (msg instanceof ExplorerBatch batch) {
            long announcedBefore = namespaces.outbound().announcedTotal();
            int start = out.writerIndex();
            try {
                for (ExplorerMessage message : batch.messages()) {
                    encode(message, out);
                }
            } catch (EncoderException e) {
                // nothing of the batch is sent: an announcement made by an earlier message is lost with it
                out.writerIndex(start);
                if (namespaces.outbound().announcedTotal() != announcedBefore) {
                    ctx.close();
                }
                throw e;
            }
        } else {
            long announcedBefore = namespaces.outbound().announcedTotal();
            try {
                encode((ExplorerMessage) msg, out);
            } catch (EncoderException e) {
                if (namespaces.outbound().announcedTotal() != announcedBefore) {
                    ctx.close();
                }
                throw e;
            }
        }
    }

    /** One frame at the writer index; on failure the buffer is as it was and an EncoderException says why. */
    private void encode(ExplorerMessage message, ByteBuf out) {
        int start = out.writerIndex();
        try {
            ExplorerCodec.encode(message, out, namespaces.outbound());
            Frames.checkLength(out.writerIndex() - start, maxFrameLength);
        } catch (RuntimeException e) {
            out.writerIndex(start);
            throw new EncoderException("cannot encode " + message.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        }
        namespaces.onSent(message);
    }
}
