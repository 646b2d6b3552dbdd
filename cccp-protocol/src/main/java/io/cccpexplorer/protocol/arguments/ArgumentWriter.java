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

    public ArgumentWriter u32(int value) {
        out.writeIntLE(value);
        return this;
    }

    public ArgumentWriter i32(int value) {
        out.writeIntLE(value);
        return this;
    }

    public ArgumentWriter u64(long value) {
        out.writeLongLE(value);
        return this;
    }

    public ArgumentWriter bool(boolean value) {
        out.writeByte(value ? 1 : 0);
        return this;
    }

    /** A method-level string; {@code null} is written like "" (length 0), as the vendor does. */
    public ArgumentWriter str(String value) {
        if (value == null || value.isEmpty()) {
            out.writeIntLE(0);
            return this;
        }
        out.writeIntLE(Latin1.length(value, "string"));
        Latin1.write(out, value);
        return this;
    }

    /** A real as C's {@code %g} text (6 significant digits); 0.0 is the single byte 00. */
    public ArgumentWriter real(double value) {
        Primitives.writeReal(out, value, CReal.METHOD_PRECISION);
        return this;
    }

    public ArgumentWriter date(CccpDate value) {
        Primitives.writeDate(out, value == null ? CccpDate.NIL : value);
        return this;
    }

    /** Bytes as they are, without a length: only for re-encoding frames of unknown messages. */
    public ArgumentWriter rawBytes(byte[] value) {
        out.writeBytes(value);
        return this;
    }

    public ArgumentWriter data(byte[] value) {
        out.writeIntLE(value.length);
        out.writeBytes(value);
        return this;
    }

    /**
     * An object argument: a {@code data} holding one blob. A {@code null} object is written the way C++ writes
     * it: a data of length 4 holding an empty namespace header.
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
