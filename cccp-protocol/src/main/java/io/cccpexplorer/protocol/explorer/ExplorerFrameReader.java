package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.wire.Frames;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

/**
 * Decodes the frames of one direction of one connection, one after another, reusing its readers: a frame
 * allocates the decoded message and nothing else (strings, dates, values, exact-size lists; see the Benchmarks
 * section of the module README for the accounting). {@link ExplorerCodec#decode} is the one-shot form.
 *
 * <p>Not thread-safe: it belongs to one channel's decoder, which Netty calls on one thread at a time.
 */
public final class ExplorerFrameReader {

    private final ArgumentReader arguments;

    /** @param inbound the namespace table of the direction this reader decodes */
    public ExplorerFrameReader(NamespaceTable inbound) {
        this.arguments = new ArgumentReader(inbound);
    }

    /**
     * Decodes one whole frame (header included): every readable byte of {@code frame}, reader index kept.
     *
     * @param frame the frame
     * @return the message; {@link UnknownMessage} for an id the interface does not define
     * @throws CccpCodecException if the arguments break the wire format
     */
    public ExplorerMessage decode(ByteBuf frame) {
        return decode(frame, frame.readableBytes());
    }

    /**
     * Decodes the frame of {@code frameLength} bytes (header included) at {@code in}'s reader index, in place: no
     * slice, no copy; {@code in}'s reader index is left where it was.
     *
     * @param in holds the frame at its reader index
     * @param frameLength the frame's length, header included
     * @return the message; {@link UnknownMessage} for an id the interface does not define
     * @throws CccpCodecException if the length is not that of a frame held by {@code in}, or the arguments break the
     *     wire format
     */
    public ExplorerMessage decode(ByteBuf in, int frameLength) {
        if (frameLength < Frames.HEADER_LENGTH || frameLength > in.readableBytes()) {
            throw CccpCodecException.bad("frame length", frameLength,
                    ">= " + Frames.HEADER_LENGTH + " and <= " + in.readableBytes() + " readable bytes");
        }
        int start = in.readerIndex();
        int id = in.getIntLE(start + 4);
        int payloadLength = frameLength - Frames.HEADER_LENGTH;
        try {
            in.readerIndex(start + Frames.HEADER_LENGTH);
            ExplorerMessage message = ExplorerDecoders.decode(id, arguments.wrap(in, payloadLength));
            return message != null ? message
                    : new UnknownMessage(id, ByteBufUtil.getBytes(in, start + Frames.HEADER_LENGTH, payloadLength));
        } finally {
            in.readerIndex(start);
        }
    }
}
