package io.cccpexplorer.protocol.arguments;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.wire.CReal;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.protocol.wire.Latin1Reader;
import io.netty.buffer.ByteBuf;

import java.util.function.Function;

/**
 * Reads the arguments of one message (method-level encoding, wire spec §2) from the payload of one frame.
 *
 * <p>Lenient where the vendor is: an argument that is missing entirely because the frame ended reads as
 * 0, false, "" or a null object, like the C++ getters. Strict where safety needs it: a length larger than the
 * bytes left, or a primitive cut in half, is a {@link CccpCodecException}.
 *
 * <p>A reader made with {@link #ArgumentReader(NamespaceTable)} reads frame after frame ({@link #wrap}), with the
 * same blob reader and string scratch: a connection's decoder keeps one, so that a frame allocates only the
 * message it decodes. Not thread-safe.
 */
public final class ArgumentReader {

    private final NamespaceTable namespaces;
    private final Latin1Reader latin1 = new Latin1Reader();
    private BlobReader blobs;
    private ByteBuf buf;
    private int limit;

    /**
     * @param payload    the frame's arguments, after the 8-byte header: every readable byte; read, never released
     * @param namespaces the inbound namespace table of this connection, for object arguments
     */
    public ArgumentReader(ByteBuf payload, NamespaceTable namespaces) {
        this(payload, payload.readableBytes(), namespaces);
    }

    /**
     * Reads the next {@code length} bytes of {@code buf} in place (no slice); {@code buf}'s reader index moves.
     *
     * @param buf        holds the frame's arguments from its reader index on; read, never released here
     * @param length     how many bytes the arguments take
     * @param namespaces the inbound namespace table of this connection, for object arguments
     */
    public ArgumentReader(ByteBuf buf, int length, NamespaceTable namespaces) {
        this(namespaces);
        wrap(buf, length);
    }

    /**
     * A reader of the frames of one connection direction, to {@link #wrap} around each frame's arguments in turn.
     *
     * @param namespaces the inbound namespace table of this connection, for object arguments
     */
    public ArgumentReader(NamespaceTable namespaces) {
        this.namespaces = namespaces;
    }

    /**
     * Points this reader at the next {@code length} bytes of {@code buf}, in place (no slice); {@code buf}'s reader
     * index moves as arguments are read. Whatever the previous frame left unread is forgotten.
     *
     * @param buf holds the next frame's arguments from its reader index on; read, never released here
     * @param length how many bytes the arguments take
     * @return this reader
     * @throws IllegalArgumentException if {@code buf} holds fewer than {@code length} readable bytes
     */
    public ArgumentReader wrap(ByteBuf buf, int length) {
        if (length < 0 || length > buf.readableBytes()) {
            throw new IllegalArgumentException("length: " + length + " (expected: 0.." + buf.readableBytes() + ")");
        }
        this.buf = buf;
        this.limit = buf.readerIndex() + length;
        return this;
    }

    private boolean absent(int size, String what) {
        int left = remaining();
        if (left == 0) {
            return true;
        }
        if (left < size) {
            throw CccpCodecException.bad(what + " bytes left", left, ">= " + size);
        }
        return false;
    }

    /**
     * Reads a {@code u32} argument: 4 bytes little-endian.
     *
     * @return the value, its 32 bits in an int (compare with {@link Integer#toUnsignedLong}); 0 when absent
     */
    public int u32() {
        return absent(4, "u32") ? 0 : buf.readIntLE();
    }

    /**
     * Reads an {@code i32} argument: 4 bytes little-endian, two's complement.
     *
     * @return the value; 0 when absent
     */
    public int i32() {
        return absent(4, "i32") ? 0 : buf.readIntLE();
    }

    /**
     * Reads a {@code u64} argument: 8 bytes little-endian.
     *
     * @return the value, its 64 bits in a long; 0 when absent
     */
    public long u64() {
        return absent(8, "u64") ? 0 : buf.readLongLE();
    }

    /**
     * Reads a {@code bool} argument: one byte, any non-zero value is true.
     *
     * @return the value; false when absent
     */
    public boolean bool() {
        return !absent(1, "boolean") && buf.readByte() != 0;
    }

    /**
     * Reads a method-level string: a u32 length, then Latin-1 bytes. NULL and "" are the same on the wire and both read
     * as "".
     *
     * @return the string, never {@code null}
     */
    public String str() {
        if (absent(4, "string length")) {
            return "";
        }
        int length = checkedLength("string length");
        return length == 0 ? "" : latin1.read(buf, length);
    }

    /**
     * Reads a method-level real: a length byte, then C's {@code %g} text; the single byte 00 is 0.0.
     *
     * @return the value; 0.0 when absent
     */
    public double real() {
        if (absent(1, "real length")) {
            return 0.0;
        }
        int length = buf.readUnsignedByte();
        if (length == 0) {
            return 0.0;
        }
        if (length > remaining()) {
            throw CccpCodecException.bad("real length", length, "<= " + remaining());
        }
        return CReal.parse(latin1.read(buf, length));
    }

    /**
     * Reads a date: u32 seconds, u32 microseconds, i32 UTC offset.
     *
     * @return the date; {@link CccpDate#NIL} when absent or all zero
     */
    public CccpDate date() {
        if (absent(12, "date")) {
            return CccpDate.NIL;
        }
        long seconds = buf.readUnsignedIntLE();
        long micros = buf.readUnsignedIntLE();
        int offset = buf.readIntLE();
        return CccpDate.of(seconds, micros, offset);
    }

    /**
     * Reads a {@code data} argument: a u32 length, then the bytes.
     *
     * @return a new array with the bytes; empty when absent
     */
    public byte[] data() {
        if (absent(4, "data length")) {
            return new byte[0];
        }
        int length = checkedLength("data length");
        byte[] bytes = new byte[length];
        buf.readBytes(bytes);
        return bytes;
    }

    /**
     * Reads an object argument: a {@code data} whose bytes are one object blob, decoded with this connection's inbound
     * namespace table.
     *
     * @param <T> what the object becomes
     * @param objectReader reads the blob's root object (for example {@code ProtocolList::read})
     * @return the object, or {@code null} for a NULL object (an absent argument, an empty data, or a blob that is only
     *     an empty namespace header)
     */
    public <T> T object(Function<BlobReader, T> objectReader) {
        if (absent(4, "object length")) {
            return null;
        }
        int length = checkedLength("object length");
        if (blobs == null) {
            blobs = new BlobReader(namespaces);
        }
        return blobs.read(buf, length, objectReader);
    }

    /**
     * Bytes of the frame's arguments not read yet.
     *
     * @return how many bytes are left; trailing bytes are ignored, as the vendor does
     */
    public int remaining() {
        return limit - buf.readerIndex();
    }

    private int checkedLength(String what) {
        long length = buf.readUnsignedIntLE();
        if (length > remaining()) {
            throw CccpCodecException.bad(what, length, "<= " + remaining() + " bytes left in frame");
        }
        return (int) length;
    }
}
