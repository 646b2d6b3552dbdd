package io.cccpexplorer.protocol.netty;

import io.cccpexplorer.protocol.wire.Frames;
import io.netty.channel.CombinedChannelDuplexHandler;

/**
 * The explorer codec for one channel: {@link ExplorerDecoder} and {@link ExplorerEncoder} sharing that
 * connection's {@link ExplorerNamespaces}. Not sharable: add a new instance to each channel.
 *
 * <pre>{@code pipeline.addLast("cccp", new ExplorerChannelCodec(Frames.DEFAULT_MAX_FRAME_LENGTH));}</pre>
 */
public final class ExplorerChannelCodec extends CombinedChannelDuplexHandler<ExplorerDecoder, ExplorerEncoder> {

    /** A codec for one explorer connection, accepting frames up to {@link Frames#DEFAULT_MAX_FRAME_LENGTH}. */
    public ExplorerChannelCodec() {
        this(Frames.DEFAULT_MAX_FRAME_LENGTH);
    }

    /**
     * A codec for one explorer connection.
     *
     * @param maxFrameLength the largest frame accepted from the peer or sent to it, header included
     */
    public ExplorerChannelCodec(int maxFrameLength) {
        this(new ExplorerNamespaces(), maxFrameLength);
    }

    private ExplorerChannelCodec(ExplorerNamespaces namespaces, int maxFrameLength) {
        super(new ExplorerDecoder(namespaces, maxFrameLength), new ExplorerEncoder(namespaces, maxFrameLength));
    }

    /**
     * Changes the largest frame accepted from the peer from now on; call on the channel's event loop.
     *
     * @param bytes the new limit, header included; at least 8
     */
    public void maxInboundFrameLength(int bytes) {
        inboundHandler().maxFrameLength(bytes);
    }

    /**
     * Bytes received but not yet decoded: the part of a frame still arriving, 0 between frames. Call on the
     * channel's event loop.
     *
     * @return the number of buffered bytes of the incomplete frame
     */
    public int pendingInboundBytes() {
        return inboundHandler().pendingBytes();
    }
}
