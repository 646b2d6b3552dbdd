package io.cccpexplorer.protocol.testing;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.nio.charset.StandardCharsets;

/** Builds wire bytes by hand, little-endian, for tests that need bytes our encoder would never write. */
public final class WireBytes {

    private final ByteBuf buf = Unpooled.buffer();

    public static WireBytes create() {
        return new WireBytes();
    }

    public WireBytes u8(int v) {
        buf.writeByte(v);
        return this;
    }

    public WireBytes u16(int v) {
        buf.writeShortLE(v);
        return this;
    }

    public WireBytes u32(int v) {
        buf.writeIntLE(v);
        return this;
    }

    public WireBytes u64(long v) {
        buf.writeLongLE(v);
        return this;
    }

    /** u32 length + Latin-1 bytes. */
    public WireBytes str(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        buf.writeIntLE(b.length);
        buf.writeBytes(b);
        return this;
    }

    /** The object-level NULL string. */
    public WireBytes nullStr() {
        return u32(-1);
    }

    public WireBytes bytes(byte[] b) {
        buf.writeBytes(b);
        return this;
    }

    /** An object header: ns number, class id, object id. */
    public WireBytes object(int ns, int classId, int objectId) {
        return u32(ns).u32(classId).u32(objectId);
    }

    /** A field header: u16 id, u16 type code. */
    public WireBytes field(int id, int typeCode) {
        return u16(id).u16(typeCode);
    }

    public WireBytes end() {
        return u16(0);
    }

    public byte[] toArray() {
        byte[] out = new byte[buf.readableBytes()];
        buf.getBytes(buf.readerIndex(), out);
        return out;
    }

    public ByteBuf toBuf() {
        return Unpooled.wrappedBuffer(toArray());
    }

    /** These bytes as one frame: u32 total length, u32 id, then the bytes as arguments. */
    public byte[] asFrame(int messageId) {
        byte[] args = toArray();
        return create().u32(args.length + 8).u32(messageId).bytes(args).toArray();
    }
}
