package io.cccpexplorer.protocol.wire;

import io.cccpexplorer.protocol.CccpCodecException;
import io.netty.buffer.ByteBuf;

/**
 * The byte layout of the two primitives whose encoding is more than a fixed-width integer, shared by method
 * arguments and object fields (wire spec §2): a real as a length byte and C's {@code %g} text, a date as three
 * 32-bit little-endian words. Method arguments and object fields differ only in the real's precision.
 */
public final class Primitives {

    private Primitives() {
    }

    /**
     * Writes a real as a length byte followed by its C text; 0.0 is the single byte 00, as the vendor writes it.
     *
     * @param out       where the bytes go
     * @param value     the real
     * @param precision significant digits: {@link CReal#METHOD_PRECISION} for an argument,
     *                  {@link CReal#OBJECT_PRECISION} for an object field
     * @throws CccpCodecException if the text would not fit its length byte
     */
    public static void writeReal(ByteBuf out, double value, int precision) {
        if (value == 0.0) {
            out.writeByte(0);
            return;
        }
        String text = CReal.format(value, precision);
        if (text.length() > CReal.MAX_TEXT_LENGTH) {
            throw CccpCodecException.bad("real text length", text.length(), "<= " + CReal.MAX_TEXT_LENGTH);
        }
        out.writeByte(text.length());
        Latin1.write(out, text);
    }

    /**
     * Writes a date as seconds, microseconds and UTC offset in seconds, each a 32-bit little-endian word.
     *
     * @param out  where the 12 bytes go
     * @param date the date; {@link CccpDate#NIL} for "no date"
     */
    public static void writeDate(ByteBuf out, CccpDate date) {
        out.writeIntLE((int) date.seconds());
        out.writeIntLE((int) date.microseconds());
        out.writeIntLE(date.offsetSeconds());
    }
}
