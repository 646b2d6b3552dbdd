package io.cccpexplorer.protocol.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

import java.util.HexFormat;

/** Hex text to bytes and back, ignoring whitespace: how test vectors are written. */
public final class Hex {

    private Hex() {
    }

    public static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s+", ""));
    }

    public static String of(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }

    /** The readable bytes of {@code buf}, without consuming them. */
    public static String of(ByteBuf buf) {
        return of(ByteBufUtil.getBytes(buf));
    }
}
