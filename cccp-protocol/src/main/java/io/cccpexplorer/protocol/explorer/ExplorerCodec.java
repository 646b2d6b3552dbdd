package io.cccpexplorer.protocol.explorer;

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
     * Decodes one whole frame (header included). Unknown ids become {@link UnknownMessage}.
     *
     * @throws io.cccpexplorer.protocol.CccpCodecException if the arguments break the wire format
     */
    public static ExplorerMessage decode(ByteBuf frame, NamespaceTable inbound) {
        int id = Frames.messageId(frame);
        ByteBuf payload = Frames.payload(frame);
        ExplorerMessage message = ExplorerDecoders.decode(id, new ArgumentReader(payload, inbound));
        return message != null ? message : new UnknownMessage(id, ByteBufUtil.getBytes(Frames.payload(frame)));
    }

    /** Appends {@code message} as one frame to {@code out}. On failure {@code out} may hold a partial frame. */
    public static void encode(ExplorerMessage message, ByteBuf out, NamespaceTable outbound) {
        int start = Frames.start(out, message.id());
        message.writeArguments(new ArgumentWriter(out, outbound));
        Frames.finish(out, start);
    }
}
