package io.cccpexplorer.client.soak;

import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.explorer.ExplorerCodec;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Frames as bytes: encoded by cccp-protocol's codec, read whole from a stream. */
final class RawFrames {

    private RawFrames() {
    }

    /** The frame of {@code message}, encoded by our codec with a fresh namespace table (namespaces announced). */
    static byte[] encode(ExplorerMessage message) {
        ByteBuf out = Unpooled.buffer();
        try {
            ExplorerCodec.encode(message, out, new NamespaceTable());
            byte[] bytes = new byte[out.readableBytes()];
            out.readBytes(bytes);
            return bytes;
        } finally {
            out.release();
        }
    }

    /** The next whole frame, or {@code null} at the end of the stream; frames above {@code max} bytes are refused. */
    static byte[] read(InputStream in, int max) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] header = new byte[8];
        int first = data.read();
        if (first < 0) {
            return null;
        }
        header[0] = (byte) first;
        data.readFully(header, 1, 7);
        long length = (header[0] & 0xFFL) | (header[1] & 0xFFL) << 8 | (header[2] & 0xFFL) << 16
                | (header[3] & 0xFFL) << 24;
        if (length < 8 || length > max) {
            throw new IOException("frame length " + length);
        }
        byte[] frame = new byte[(int) length];
        System.arraycopy(header, 0, frame, 0, 8);
        data.readFully(frame, 8, frame.length - 8);
        return frame;
    }

    static int messageId(byte[] frame) {
        return (frame[4] & 0xFF) | (frame[5] & 0xFF) << 8 | (frame[6] & 0xFF) << 16 | (frame[7] & 0xFF) << 24;
    }
}
