package io.cccpexplorer.protocol.wire;

import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;

/**
 * Reads {@link Latin1} strings out of buffers allocating nothing but the {@code String}: a heap buffer's array is
 * read in place, a direct buffer's bytes pass through this reader's own scratch array. (Netty copies them through
 * a fresh temporary array on threads that are not its event loops.) Not thread-safe: one per reader.
 */
public final class Latin1Reader {

    /** A reader with an empty buffer. */
    public Latin1Reader() {
    }

    /** Longer strings (rare: the explorer's are names, ids, URIs, filters) take a temporary array each. */
    static final int MAX_SCRATCH_LENGTH = 4096;
    private static final int MIN_SCRATCH_LENGTH = 64;

    private byte[] scratch;

    /**
     * The next {@code length} bytes of {@code buf} as a string; the reader index moves.
     *
     * @param buf holds at least {@code length} readable bytes
     * @param length how many bytes the string takes
     * @return the string, one char per byte
     */
    public String read(ByteBuf buf, int length) {
        int at = buf.readerIndex();
        String s;
        if (buf.hasArray()) {
            s = new String(buf.array(), buf.arrayOffset() + at, length, StandardCharsets.ISO_8859_1);
        } else if (length <= MAX_SCRATCH_LENGTH) {
            byte[] bytes = scratch(length);
            buf.getBytes(at, bytes, 0, length);
            s = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        } else {
            s = buf.toString(at, length, StandardCharsets.ISO_8859_1);
        }
        buf.skipBytes(length);
        return s;
    }

    private byte[] scratch(int length) {
        if (scratch == null || scratch.length < length) {
            int grown = scratch == null ? MIN_SCRATCH_LENGTH : scratch.length * 2;
            scratch = new byte[Math.min(MAX_SCRATCH_LENGTH, Math.max(length, grown))];
        }
        return scratch;
    }
}
