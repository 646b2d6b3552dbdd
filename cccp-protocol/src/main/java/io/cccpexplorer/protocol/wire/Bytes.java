package io.cccpexplorer.protocol.wire;

import java.util.Arrays;
import java.util.HexFormat;

/** An immutable byte string, compared by content: the {@code data} arguments of messages. */
public final class Bytes {

    /** The empty byte string: what an absent or empty {@code data} argument reads as. */
    public static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] bytes;

    private Bytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * A byte string holding a copy of {@code bytes}.
     *
     * @param bytes the bytes, copied
     * @return the byte string; {@link #EMPTY} when {@code bytes} is empty
     */
    public static Bytes of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
    }

    /**
     * The bytes, as a fresh copy the caller may change.
     *
     * @return a copy of the bytes
     */
    public byte[] toArray() {
        return bytes.clone();
    }

    /**
     * How many bytes this holds: the length prefix a {@code data} argument carries on the wire.
     *
     * @return the number of bytes
     */
    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return bytes.length <= 64 ? HexFormat.of().formatHex(bytes)
                : HexFormat.of().formatHex(bytes, 0, 64) + "...(" + bytes.length + " bytes)";
    }
}
