package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.blob.DecodedList;
import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.objects.ObjectValue;
import io.cccpexplorer.protocol.objects.ProtocolObject;
import io.cccpexplorer.protocol.testing.CapturedFrame;
import io.cccpexplorer.protocol.testing.ReferenceFiles;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link ExplorerFrameReader}: one reader decodes a connection's frames one after another, from direct buffers as
 * a channel's cumulation is, to exactly what a fresh decode of each frame gives, and a frame that fails leaves
 * nothing behind for the next one.
 */
class ExplorerFrameReaderTest {

    static List<String> captures() {
        return ReferenceFiles.captureNames();
    }

    @ParameterizedTest
    @MethodSource("captures")
    void oneReaderPerDirectionDecodesEveryCapturedFrameAsAFreshDecodeDoes(String capture) {
        NamespaceTable[] oneShotTables = {new NamespaceTable(), new NamespaceTable()};
        NamespaceTable[] readerTables = {new NamespaceTable(), new NamespaceTable()};
        ExplorerFrameReader[] readers = {
                new ExplorerFrameReader(readerTables[0]), new ExplorerFrameReader(readerTables[1])};
        List<CapturedFrame> frames = CapturedFrame.read(ReferenceFiles.capture(capture, "frames"));
        assertThat(frames).isNotEmpty();
        for (CapturedFrame f : frames) {
            int direction = f.fromClient() ? 0 : 1;
            ExplorerMessage expected = ExplorerCodec.decode(Unpooled.wrappedBuffer(f.bytes()),
                    oneShotTables[direction]);
            ByteBuf direct = Unpooled.directBuffer(f.bytes().length).writeBytes(f.bytes());
            try {
                assertThat(readers[direction].decode(direct)).isEqualTo(expected);
                assertThat(direct.readerIndex()).isZero();
            } finally {
                direct.release();
            }
        }
    }

    @Test
    void aFrameThatFailsInsideAListLeavesNothingForTheNextFrame() {
        NamespaceTable outbound = new NamespaceTable();
        NamespaceTable inbound = new NamespaceTable();
        ExplorerFrameReader reader = new ExplorerFrameReader(inbound);
        ObjectResponse first = response(List.of(str(0, "alpha"), str(1, "beta"), str(2, "gamma")));
        assertThat(reader.decode(encode(first, outbound))).isEqualTo(first);

        // the third value's string claims more bytes than the blob holds: two values are read before it fails
        byte[] broken = ByteBufUtil.getBytes(encode(response(List.of(str(0, "one"), str(1, "two"),
                str(2, "BROKEN"))), outbound));
        int text = indexOf(broken, "BROKEN".getBytes(StandardCharsets.ISO_8859_1));
        Unpooled.wrappedBuffer(broken).setIntLE(text - 4, 1_000);
        ByteBuf brokenFrame = Unpooled.directBuffer().writeBytes(broken);
        try {
            assertThatThrownBy(() -> reader.decode(brokenFrame))
                    .isInstanceOf(CccpCodecException.class)
                    .hasMessageStartingWith("string value length: 1000 (expected: <= ");
        } finally {
            brokenFrame.release();
        }

        ObjectResponse next = response(List.of(new ObjectValue(7, new FieldValue.U32(42))));
        ObjectResponse decoded = (ObjectResponse) reader.decode(encode(next, outbound));
        assertThat(decoded).isEqualTo(next);
        assertThat(decoded.object().values()).hasSize(1);
    }

    @Test
    void decodedListsAreImmutableAndReachTheirRecordWithoutACopy() {
        NamespaceTable outbound = new NamespaceTable();
        ObjectResponse sent = response(List.of(str(0, "a"), str(1, "b"), str(2, "c")));
        ObjectResponse decoded = (ObjectResponse) new ExplorerFrameReader(new NamespaceTable())
                .decode(encode(sent, outbound));

        List<ObjectValue> values = decoded.object().values();
        assertThat(values).isInstanceOf(DecodedList.class).isEqualTo(sent.object().values());
        assertThat(values.hashCode()).isEqualTo(sent.object().values().hashCode());
        assertThat(new ProtocolObject(values).values()).isSameAs(values);
        assertThatThrownBy(() -> values.add(str(3, "d"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.set(0, str(3, "d"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aNilDateDecodesToTheNilConstant() {
        NamespaceTable outbound = new NamespaceTable();
        ObjectResponse sent = response(List.of(new ObjectValue(0, new FieldValue.Date(new CccpDate(0, 0, 0)))));
        ObjectResponse decoded = (ObjectResponse) new ExplorerFrameReader(new NamespaceTable())
                .decode(encode(sent, outbound));
        FieldValue.Date date = (FieldValue.Date) decoded.object().values().get(0).value();
        assertThat(date.value()).isSameAs(CccpDate.NIL);
    }

    private static ObjectResponse response(List<ObjectValue> values) {
        return new ObjectResponse(1, 17, new ProtocolObject(values), 2);
    }

    private static ObjectValue str(int index, String value) {
        return new ObjectValue(index, new FieldValue.Str(value));
    }

    private static ByteBuf encode(ExplorerMessage message, NamespaceTable outbound) {
        ByteBuf out = Unpooled.buffer();
        ExplorerCodec.encode(message, out, outbound);
        return out;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
