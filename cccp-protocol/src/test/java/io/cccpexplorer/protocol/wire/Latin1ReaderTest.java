package io.cccpexplorer.protocol.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Latin1Reader}: one char per byte from every kind of buffer, whatever the string's length. */
class Latin1ReaderTest {

    private final Latin1Reader reader = new Latin1Reader();

    /** Every byte value, then a few more, {@code length} bytes in all. */
    private static byte[] allBytes(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    private static String expected(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append((char) (b & 0xFF));
        }
        return s.toString();
    }

    @Test
    void readsHeapBuffersInPlaceHonouringTheArrayOffset() {
        byte[] bytes = allBytes(300);
        ByteBuf slice = Unpooled.wrappedBuffer(new byte[7], bytes).copy().slice(3, 304);   // arrayOffset 3
        slice.skipBytes(4);
        assertThat(reader.read(slice, 300)).isEqualTo(expected(bytes));
        assertThat(slice.readableBytes()).isZero();
    }

    @Test
    void readsDirectBuffersShortAndLongerThanItsScratch() {
        for (int length : new int[] {1, 63, 64, 65, 1000, Latin1Reader.MAX_SCRATCH_LENGTH,
                Latin1Reader.MAX_SCRATCH_LENGTH + 1, 3 * Latin1Reader.MAX_SCRATCH_LENGTH}) {
            byte[] bytes = allBytes(length);
            ByteBuf direct = Unpooled.directBuffer(length + 2).writeByte('x').writeBytes(bytes).writeByte('y');
            try {
                direct.skipBytes(1);
                assertThat(reader.read(direct, length)).as("length %d", length).isEqualTo(expected(bytes));
                assertThat(direct.readByte()).isEqualTo((byte) 'y');
            } finally {
                direct.release();
            }
        }
    }

    @Test
    void aShortStringAfterALongOneIsNotPaddedWithItsBytes() {
        ByteBuf direct = Unpooled.directBuffer().writeBytes(allBytes(200)).writeBytes(new byte[] {'o', 'k'});
        try {
            reader.read(direct, 200);
            assertThat(reader.read(direct, 2)).isEqualTo("ok");
        } finally {
            direct.release();
        }
    }

    @Test
    void readsCompositeBuffersAcrossComponents() {
        CompositeByteBuf composite = Unpooled.compositeBuffer();
        composite.addComponents(true, Unpooled.wrappedBuffer(new byte[] {'a', 'b'}),
                Unpooled.directBuffer().writeBytes(new byte[] {(byte) 0xE9, 'c'}));
        try {
            assertThat(reader.read(composite, 4)).isEqualTo("ab\u00E9c");
        } finally {
            composite.release();
        }
    }
}
