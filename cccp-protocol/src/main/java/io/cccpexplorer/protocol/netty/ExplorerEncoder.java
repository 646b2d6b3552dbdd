package io.cccpexplorer.protocol.netty;

import io.cccpexplorer.protocol.explorer.ExplorerCodec;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.wire.Frames;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.EncoderException;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * {@link ExplorerMessage}s to bytes, the mirror of {@link ExplorerDecoder}. A message that cannot be encoded
 * fails its write and nothing is sent. If it failed after announcing a namespace, the peer can no longer follow
 * our numbering, so the channel is closed as well.
 */
public final class ExplorerEncoder extends MessageToByteEncoder<ExplorerMessage> {

    private final ExplorerNamespaces namespaces;
    private final int maxFrameLength;

    /**
     * The encoding half of a connection's codec.
     *
     * @param namespaces the connection's tables, shared with its decoder
     * @param maxFrameLength the largest frame this side sends, header included
     */
    public ExplorerEncoder(ExplorerNamespaces namespaces, int maxFrameLength) {
        super(ExplorerMessage.class);
        this.namespaces = namespaces;
        this.maxFrameLength = maxFrameLength;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, ExplorerMessage message, ByteBuf out) {
        long announcedBefore = namespaces.outbound().announcedTotal();
        int start = out.writerIndex();
        try {
            ExplorerCodec.encode(message, out, namespaces.outbound());
            Frames.checkLength(out.writerIndex() - start, maxFrameLength);
        } catch (RuntimeException e) {
            out.writerIndex(start);
            if (namespaces.outbound().announcedTotal() != announcedBefore) {
                ctx.close();
            }
            throw new EncoderException("cannot encode " + message.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        namespaces.onSent(message);
    }
}
