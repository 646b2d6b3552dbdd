package io.cccpexplorer.protocol.netty;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.explorer.ExplorerFrameReader;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.wire.Frames;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

import java.util.List;

/**
 * Bytes to {@link ExplorerMessage}s. It reports a malformed frame by throwing {@link CccpCodecException} (the
 * owner of the connection logs it and closes), and from then on discards every byte, so nothing after a broken
 * frame is ever half-decoded. A connection that closes inside a frame is reported the same way.
 */
public final class ExplorerDecoder extends ByteToMessageDecoder {

    private final ExplorerNamespaces namespaces;
    /** Reused frame after frame: a frame allocates only its message. */
    private final ExplorerFrameReader frames;
    private int maxFrameLength;
    private boolean failed;

    /**
     * The decoding half of a connection's codec.
     *
     * @param namespaces the connection's tables, shared with its encoder
     * @param maxFrameLength the largest frame accepted, header included; at least 8
     * @throws IllegalArgumentException if {@code maxFrameLength} is below the header size
     */
    public ExplorerDecoder(ExplorerNamespaces namespaces, int maxFrameLength) {
        if (maxFrameLength < Frames.HEADER_LENGTH) {
            throw new IllegalArgumentException("maxFrameLength: " + maxFrameLength + " (expected: >= 8)");
        }
        this.namespaces = namespaces;
        this.frames = new ExplorerFrameReader(namespaces.inbound());
        this.maxFrameLength = maxFrameLength;
    }

    /**
     * Changes the largest frame accepted from now on (a server accepts only small frames until the peer logged in).
     * Call on the channel's event loop.
     *
     * @param bytes the new limit, header included; at least 8
     * @throws IllegalArgumentException if {@code bytes} is below the header size
     */
    public void maxFrameLength(int bytes) {
        if (bytes < Frames.HEADER_LENGTH) {
            throw new IllegalArgumentException("maxFrameLength: " + bytes + " (expected: >= 8)");
        }
        this.maxFrameLength = bytes;
    }

    /**
     * Bytes received but not yet decoded: the part of a frame still arriving, 0 between frames. A server uses it
     * to give a started frame a deadline. Call on the channel's event loop.
     *
     * @return the number of buffered bytes of the incomplete frame
     */
    public int pendingBytes() {
        return actualReadableBytes();
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            int length = Frames.wholeFrameLength(in, maxFrameLength);
            if (length > 0) {
                // decoded in place, straight from the cumulation: no slice per frame
                ExplorerMessage message = frames.decode(in, length);
                in.skipBytes(length);
                namespaces.onReceived(message);
                out.add(message);
            }
        } catch (RuntimeException e) {
            failed = true;
            in.skipBytes(in.readableBytes());
            throw e instanceof CccpCodecException ? e : new CccpCodecException("undecodable frame: " + e, e);
        }
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        decode(ctx, in, out);
        if (in.isReadable() && !failed) {
            int have = in.readableBytes();
            String expected = have >= 4 ? Long.toString(in.getUnsignedIntLE(in.readerIndex())) : "an unknown number of";
            failed = true;
            in.skipBytes(have);
            throw new CccpCodecException("connection closed inside a frame: " + have + " of " + expected + " bytes");
        }
    }
}
