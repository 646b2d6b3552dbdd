package io.cccpexplorer.protocol.wire;

import io.cccpexplorer.protocol.CccpCodecException;
import io.netty.buffer.ByteBuf;

/**
 * CCCP framing (wire spec §1.1): {@code u32 LE total_length} (including these 4 bytes and the id),
 * {@code u32 LE message_id}, then {@code total_length - 8} bytes of arguments. The same framing carries explorer
 * messages on a socket and logger records in RLOG files.
 */
public final class Frames {

    /** Header size: length + id. */
    public static final int HEADER_LENGTH = 8;
    /** Default upper bound for one frame: the vendor has none, we do. */
    public static final int DEFAULT_MAX_FRAME_LENGTH = 8 * 1024 * 1024;

    private Frames() {
    }

    /**
     * Checks a frame length read from the wire.
     *
     * @param length the unsigned u32 length field, header included
     * @param maxFrameLength the largest frame this side accepts
     * @return the length as an int
     * @throws CccpCodecException if it is below the header size or above {@code maxFrameLength}
     */
    public static int checkLength(long length, int maxFrameLength) {
        if (length < HEADER_LENGTH) {
            throw CccpCodecException.bad("frame length", length, ">= " + HEADER_LENGTH);
        }
        if (length > maxFrameLength) {
            throw CccpCodecException.bad("frame length", length, "<= " + maxFrameLength);
        }
        return (int) length;
    }

    /**
     * If {@code in} holds a whole frame at its reader index, consumes it and returns a slice of it (header included;
     * not retained); otherwise leaves {@code in} untouched.
     *
     * @param in the received bytes
     * @param maxFrameLength the largest frame this side accepts
     * @return the frame, or {@code null} while its bytes have not all arrived
     * @throws CccpCodecException if the length is below the header size or above {@code maxFrameLength}
     */
    public static ByteBuf nextFrame(ByteBuf in, int maxFrameLength) {
        int length = wholeFrameLength(in, maxFrameLength);
        return length == 0 ? null : in.readSlice(length);
    }

    /**
     * The length of the whole frame at {@code in}'s reader index; reads nothing.
     *
     * @param in the received bytes
     * @param maxFrameLength the largest frame this side accepts
     * @return the frame's length, header included, or 0 while its bytes have not all arrived
     * @throws CccpCodecException if the length is below the header size or above {@code maxFrameLength}
     */
    public static int wholeFrameLength(ByteBuf in, int maxFrameLength) {
        if (in.readableBytes() < 4) {
            return 0;
        }
        int length = checkLength(in.getUnsignedIntLE(in.readerIndex()), maxFrameLength);
        return in.readableBytes() < length ? 0 : length;
    }

    /**
     * The message id of a whole frame: its second u32.
     *
     * @param frame a whole frame at its reader index
     * @return the message id (the module id for the first frame of a connection)
     */
    public static int messageId(ByteBuf frame) {
        return frame.getIntLE(frame.readerIndex() + 4);
    }

    /**
     * The arguments of a whole frame, after the 8-byte header.
     *
     * @param frame a whole frame at its reader index
     * @return a slice of the arguments, not retained
     */
    public static ByteBuf payload(ByteBuf frame) {
        return frame.slice(frame.readerIndex() + HEADER_LENGTH, frame.readableBytes() - HEADER_LENGTH);
    }

    /**
     * Starts a frame: a placeholder length and the id.
     *
     * @param out where the frame is written
     * @param messageId the message id
     * @return the index of the frame's first byte, to pass to {@link #finish}
     */
    public static int start(ByteBuf out, int messageId) {
        int start = out.writerIndex();
        out.writeIntLE(0);
        out.writeIntLE(messageId);
        return start;
    }

    /**
     * Patches the total length of the frame started at {@code start}, as the vendor's {@code finalize()} does.
     *
     * @param out the buffer the frame was written to
     * @param start what {@link #start} returned
     */
    public static void finish(ByteBuf out, int start) {
        out.setIntLE(start, out.writerIndex() - start);
    }
}
