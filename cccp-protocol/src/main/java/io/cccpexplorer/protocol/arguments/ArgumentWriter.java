package io.cccpexplorer.protocol.arguments;

import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.wire.CReal;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.protocol.wire.Latin1;
import io.cccpexplorer.protocol.wire.Primitives;
import io.netty.buffer.ByteBuf;

import java.util.function.BiConsumer;

/**
 * Writes message arguments (method-level encoding, wire spec §2): the exact mirror of {@link ArgumentReader}.
 * Every value is checked before its first byte is written, so a bad value never leaves half an argument behind.
 */
public final class ArgumentWriter {

    private final ByteBuf out;
    private final NamespaceTable namespaces;

    /**
     * @param out        where the arguments go, after the frame header
     * @param namespaces the outbound namespace table of this connection, for object arguments
     */
    public ArgumentWriter(ByteBuf out, NamespaceTable namespaces) {
        this.out = out;
        this.namespaces = namespaces;
    }

    /**
     * Writes a {@code u32} argument: 4 bytes little-endian.
     *
     * @param value the 32 bits to write
     * @return this writer
     */
    public ArgumentWriter u32(int value) {
        out.writeIntLE(value);
        return this;
    }

    /**
     * Writes an {@code i32} argument: 4 bytes little-endian, two's complement.
     *
     * @param value the value
     * @return this writer
     */
    public ArgumentWriter i32(int value) {
        out.writeIntLE(value);
        return this;
    }

    /**
     * Writes a {@code u64} argument: 8 bytes little-endian.
     *
     * @param value the 64 bits to write
     * @return this writer
     */
    public ArgumentWriter u64(long value) {
        out.writeLongLE(value);
        return this;
    }

    /**
     * Writes a {@code bool} argument: one byte, 0 or 1.
     *
     * @param value the value
     * @return this writer
     */
    public ArgumentWriter bool(boolean value) {
        out.writeByte(value ? 1 : 0);
        return this;
    }

    /**
     * Writes a method-level string: a u32 length, then Latin-1 bytes; {@code null} is written like "" (length 0), as
     * the vendor does.
     *
     * @param value the string, Latin-1 only
     * @return this writer
     * @throws io.cccpexplorer.protocol.CccpCodecException if a char is outside Latin-1
     */
    public ArgumentWriter str(String value) {
        if (value == null || value.isEmpty()) {
            out.writeIntLE(0);
            return this;
        }
        out.writeIntLE(Latin1.length(value, "string"));
        Latin1.write(out, value);
        return this;
    }

    /**
     * Writes a method-level real as C's {@code %g} text (6 significant digits) after a length byte; 0.0 is the single
     * byte 00.
     *
     * @param value the value
     * @return this writer
     */
    public ArgumentWriter real(double value) {
        Primitives.writeReal(out, value, CReal.METHOD_PRECISION);
        return this;
    }

    /**
     * Writes a date: u32 seconds, u32 microseconds, i32 UTC offset.
     *
     * @param value the date; {@code null} is written as {@link CccpDate#NIL}
     * @return this writer
     */
    public ArgumentWriter date(CccpDate value) {
        Primitives.writeDate(out, value == null ? CccpDate.NIL : value);
        return this;
    }

    /**
     * Writes bytes as they are, without a length: only for re-encoding frames of unknown messages.
     *
     * @param value the bytes
     * @return this writer
     */
    public ArgumentWriter rawBytes(byte[] value) {
        out.writeBytes(value);
        return this;
    }

    /**
     * Writes a {@code data} argument: a u32 length, then the bytes.
     *
     * @param value the bytes
     * @return this writer
     */
    public ArgumentWriter data(byte[] value) {
        out.writeIntLE(value.length);
        out.writeBytes(value);
        return this;
    }

    /**
     * Writes an object argument: a {@code data} holding one blob, numbered with this connection's outbound namespace
     * table. A {@code null} object is written the way C++ writes it: a data of length 4 holding an empty namespace
     * header.
     *
     * @param <T> what the object is
     * @param value the object, or {@code null}
     * @param objectWriter writes the blob's root object (for example {@code ProtocolList::write})
     * @return this writer
     */
    public <T> ArgumentWriter object(T value, BiConsumer<BlobWriter, T> objectWriter) {
        int lengthAt = out.writerIndex();
        out.writeIntLE(0);
        int start = out.writerIndex();
        BlobWriter.writeBlob(out, namespaces, value, objectWriter);
        out.setIntLE(lengthAt, out.writerIndex() - start);
        return this;
    }
}
