package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.Frames;
import io.netty.buffer.ByteBuf;

/**
 * Decoding a frame into an explorer message, and encoding a message into a frame: pure functions of the bytes
 * and of one direction's {@link NamespaceTable}. A decoder that reads many frames of one connection keeps an
 * {@link ExplorerFrameReader} instead, which allocates nothing per frame beyond the message.
 */
public final class ExplorerCodec {

    private ExplorerCodec() {
    }

    /**
     * Decodes one whole frame (header included): every readable byte of {@code frame}, whose reader index is left where
     * it was.
     *
     * @param frame the frame
     * @param inbound the namespace table of the direction the frame travels
     * @return the message; {@link UnknownMessage} for an id the interface does not define
     * @throws io.cccpexplorer.protocol.CccpCodecException if the arguments break the wire format
     */
    public static ExplorerMessage decode(ByteBuf frame, NamespaceTable inbound) {
        return decode(frame, frame.readableBytes(), inbound);
    }

    /**
     * Decodes the frame of {@code frameLength} bytes (header included) at {@code in}'s reader index, in place: no
     * slice, no copy; {@code in}'s reader index is left where it was. The caller has checked the length.
     *
     * @param in holds the frame at its reader index
     * @param frameLength the frame's length, header included
     * @param inbound the namespace table of the direction the frame travels
     * @return the message; {@link UnknownMessage} for an id the interface does not define
     * @throws io.cccpexplorer.protocol.CccpCodecException if the arguments break the wire format
     */
    public static ExplorerMessage decode(ByteBuf in, int frameLength, NamespaceTable inbound) {
        return new ExplorerFrameReader(inbound).decode(in, frameLength);
    }

    /**
     * Appends {@code message} as one frame to {@code out}. On failure {@code out} may hold a partial frame.
     *
     * @param message the message
     * @param out where the frame is written
     * @param outbound the namespace table of the direction the frame travels; blobs number new namespaces in it
     * @throws io.cccpexplorer.protocol.CccpCodecException if a value cannot be carried (a char outside Latin-1, a real
     *     too long)
     */
    public static void encode(ExplorerMessage message, ByteBuf out, NamespaceTable outbound) {
        int start = Frames.start(out, message.id());
        message.writeArguments(new ArgumentWriter(out, outbound));
        Frames.finish(out, start);
    }
}
