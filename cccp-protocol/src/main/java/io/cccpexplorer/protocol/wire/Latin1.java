package io.cccpexplorer.protocol.wire;

import io.cccpexplorer.protocol.CccpCodecException;
import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;

/**
 * CCCP strings are raw bytes with no declared charset; the vendor's software is Latin-1 based. Decoding as
 * ISO-8859-1 maps every byte to exactly one char (0..255), so a decoded {@code String} keeps the bytes and
 * re-encodes to them unchanged. UTF-8 bytes that a SIP URI may carry pass through the same way; callers that
 * know a value is UTF-8 can look at it with {@link #asUtf8(String)}.
 */
public final class Latin1 {

    private Latin1() {
    }

    /**
     * Reads {@code length} bytes as a string, one char per byte; the reader index moves.
     *
     * @param buf holds at least {@code length} readable bytes
     * @param length how many bytes the string takes
     * @return the string
     */
    public static String read(ByteBuf buf, int length) {
        String s = buf.toString(buf.readerIndex(), length, StandardCharsets.ISO_8859_1);
        buf.skipBytes(length);
        return s;
    }

    /**
     * Number of bytes {@code s} takes on the wire: one per char.
     *
     * @param s the string to write
     * @param what names the value in the error message
     * @return the byte count
     * @throws io.cccpexplorer.protocol.CccpCodecException if a char is outside Latin-1
     */
    public static int length(String s, String what) {
        int bad = firstNonLatin1(s);
        if (bad >= 0) {
            throw notLatin1(what, s, bad);
        }
        return s.length();
    }

    /**
     * Like {@link #length(String, String)} for a field of an object: the label is only built for the error.
     *
     * @param s the string to write
     * @param fieldId the object field it belongs to, named in the error message
     * @return the byte count
     * @throws io.cccpexplorer.protocol.CccpCodecException if a char is outside Latin-1
     */
    public static int length(String s, int fieldId) {
        int bad = firstNonLatin1(s);
        if (bad >= 0) {
            throw notLatin1("field " + fieldId, s, bad);
        }
        return s.length();
    }

    /**
     * Finds the first char that has no Latin-1 byte.
     *
     * @param s the string to check
     * @return the index of the first char above U+00FF, or -1 when every char is Latin-1
     */
    public static int firstNonLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return i;
            }
        }
        return -1;
    }

    private static CccpCodecException notLatin1(String what, String s, int at) {
        return CccpCodecException.bad(what + " char at " + at, String.format("U+%04X", (int) s.charAt(at)),
                "a Latin-1 character (<= U+00FF)");
    }

    /**
     * Writes the chars of {@code s} as one byte each, without a length; check it first with {@link #length(String,
     * String)}.
     *
     * @param out where the bytes go
     * @param s a Latin-1 string
     */
    public static void write(ByteBuf out, String s) {
        out.writeCharSequence(s, StandardCharsets.ISO_8859_1);
    }

    /**
     * Re-reads the bytes of a Latin-1-decoded string as UTF-8, for values known to be UTF-8.
     *
     * @param latin1 a string as decoded from the wire
     * @return the text its bytes spell in UTF-8
     */
    public static String asUtf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /**
     * The Latin-1 form of a Unicode string whose UTF-8 bytes should travel as they are.
     *
     * @param unicode the text
     * @return a string whose chars are its UTF-8 bytes
     */
    public static String fromUtf8(String unicode) {
        return new String(unicode.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
