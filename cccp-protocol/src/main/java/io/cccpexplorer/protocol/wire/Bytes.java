package io.cccpexplorer.protocol.wire;

import java.util.Arrays;
import java.util.HexFormat;

/** An immutable byte string, compared by content: the {@code data} arguments of messages. */
public final class Bytes {

    public static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] bytes;

    private Bytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of {@code bytes}. */
    public static Bytes of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
    }

    public byte[] toArray() {
        return bytes.clone();
    }

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
