package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.wire.ArgumentReader;
import io.cccpexplorer.protocol.wire.ArgumentWriter;
import io.cccpexplorer.protocol.wire.Frames;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

/**
 * Decoding a frame into an explorer message, and encoding a message into a frame: pure functions of the bytes
 * and of one direction's {@link NamespaceTable}. The Netty handlers and the tests both go through here.
 */
public final class ExplorerCodec {

    private ExplorerCodec() {
    }

    /**
     * Decodes one whole frame (header included): every readable byte of {@code frame}, whose reader index is left
     * where it was. Unknown ids become {@link UnknownMessage}.
     *
     * @throws io.cccpexplorer.protocol.CccpCodecException if the arguments break the wire format
     */
    public static ExplorerMessage decode(ByteBuf frame, NamespaceTable inbound) {
        return decode(frame, frame.readableBytes(), inbound);
    }

    /**
     * Decodes the frame of {@code frameLength} bytes (header included) at {@code in}'s reader index, in place: no
     * slice, no copy; {@code in}'s reader index is left where it was. The caller has checked the length.
     *
     * @throws io.cccpexplorer.protocol.CccpCodecException if the arguments break the wire format
     */
    public static ExplorerMessage decode(ByteBuf in, int frameLength, NamespaceTable inbound) {
        if (frameLength < Frames.HEADER_LENGTH || frameLength > in.readableBytes()) {
            throw CccpCodecException.bad("frame length", frameLength,
                    ">= " + Frames.HEADER_LENGTH + " and <= " + in.readableBytes() + " readable bytes");
        }
        int start = in.readerIndex();
        int id = in.getIntLE(start + 4);
        int payloadLength = frameLength - Frames.HEADER_LENGTH;
        try {
            in.readerIndex(start + Frames.HEADER_LENGTH);
            ExplorerMessage message = ExplorerDecoders.decode(id, new ArgumentReader(in, payloadLength, inbound));
            return message != null ? message
                    : new UnknownMessage(id, ByteBufUtil.getBytes(in, start + Frames.HEADER_LENGTH, payloadLength));
        } finally {
            in.readerIndex(start);
        }
    }

    /** Appends {@code message} as one frame to {@code out}. On failure {@code out} may hold a partial frame. */
    public static void encode(ExplorerMessage message, ByteBuf out, NamespaceTable outbound) {
        int start = Frames.start(out, message.id());
        message.writeArguments(new ArgumentWriter(out, outbound));
        Frames.finish(out, start);
    }
}
