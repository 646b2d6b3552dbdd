package io.cccpexplorer.protocol.netty;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.explorer.ExplorerCodec;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.explorer.LoginFailed;
import io.cccpexplorer.protocol.explorer.NodeObjectContentResponse;
import io.cccpexplorer.protocol.explorer.SetObjectFormat;
import io.cccpexplorer.protocol.explorer.StopQuery;
import io.cccpexplorer.protocol.explorer.UnknownMessage;
import io.cccpexplorer.protocol.explorer.UseDefaultNamespacesIndex;
import io.cccpexplorer.protocol.explorer.UseDefaultNamespacesIndexOk;
import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ListItem;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.objects.ProtocolList;
import io.cccpexplorer.protocol.testing.CapturedFrame;
import io.cccpexplorer.protocol.testing.Hex;
import io.cccpexplorer.protocol.testing.ReferenceFiles;
import io.cccpexplorer.protocol.testing.WireBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.EncoderException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** {@link ExplorerChannelCodec} in a real pipeline ({@link EmbeddedChannel}): framing, errors, namespace state. */
class ExplorerChannelCodecTest {

    private static final byte[] STOP_QUERY = WireBytes.create().u32(1).u32(2).asFrame(StopQuery.ID);

    private EmbeddedChannel channel = new EmbeddedChannel(new ExplorerChannelCodec());

    @AfterEach
    void nothingIsLeftOver() {
        assertFalse(channel.finish(), "messages left in the channel");
    }

    static List<String> captures() {
        return ReferenceFiles.captureNames();
    }

    /** One direction of a capture as one byte stream, and what each frame decodes to on its own. */
    record Stream(byte[] bytes, List<ExplorerMessage> expected) {
        static Stream of(String capture, boolean fromClient) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            List<ExplorerMessage> expected = new ArrayList<>();
            NamespaceTable table = new NamespaceTable();
            for (CapturedFrame f : CapturedFrame.read(ReferenceFiles.capture(capture, "frames"))) {
                if (f.fromClient() == fromClient) {
                    bytes.writeBytes(f.bytes());
                    expected.add(ExplorerCodec.decode(Unpooled.wrappedBuffer(f.bytes()), table));
                }
            }
            return new Stream(bytes.toByteArray(), expected);
        }
    }

    private List<ExplorerMessage> inbound() {
        List<ExplorerMessage> out = new ArrayList<>();
        for (Object m; (m = channel.readInbound()) != null; ) {
            out.add((ExplorerMessage) m);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void everySplitPointOfTheServerStreamDecodesTheSame(String capture) {
        Stream stream = Stream.of(capture, false);
        for (int cut = 0; cut <= stream.bytes().length; cut++) {
            EmbeddedChannel ch = new EmbeddedChannel(new ExplorerChannelCodec());
            ch.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOfRange(stream.bytes(), 0, cut)));
            ch.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOfRange(stream.bytes(), cut, stream.bytes().length)));
            List<ExplorerMessage> got = new ArrayList<>();
            for (Object m; (m = ch.readInbound()) != null; ) {
                got.add((ExplorerMessage) m);
            }
            assertThat(got).as("cut at %d", cut).containsExactlyElementsOf(stream.expected());
            assertFalse(ch.finish());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void theClientStreamDecodesByteByByteAndAllAtOnce(String capture) {
        Stream stream = Stream.of(capture, true);
        for (byte b : stream.bytes()) {
            channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }
        assertThat(inbound()).containsExactlyElementsOf(stream.expected());

        EmbeddedChannel all = new EmbeddedChannel(new ExplorerChannelCodec());
        all.writeInbound(Unpooled.wrappedBuffer(stream.bytes()));
        List<ExplorerMessage> got = new ArrayList<>();
        for (Object m; (m = all.readInbound()) != null; ) {
            got.add((ExplorerMessage) m);
        }
        assertThat(got).containsExactlyElementsOf(stream.expected());
        assertFalse(all.finish());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void theEncoderWritesTheCapturedServerBytes(String capture) {
        Stream stream = Stream.of(capture, false);
        for (ExplorerMessage m : stream.expected()) {
            channel.writeOutbound(m);
        }
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        for (ByteBuf b; (b = channel.readOutbound()) != null; ) {
            written.writeBytes(io.netty.buffer.ByteBufUtil.getBytes(b));
            b.release();
        }
        assertThat(Hex.of(written.toByteArray())).isEqualTo(Hex.of(stream.bytes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void aBatchIsWrittenAsOneBufferHoldingTheCapturedServerBytes(String capture) {
        Stream stream = Stream.of(capture, false);
        channel.writeOutbound(new ExplorerBatch(stream.expected()));
        ByteBuf b = channel.readOutbound();
        try {
            assertThat(Hex.of(io.netty.buffer.ByteBufUtil.getBytes(b))).isEqualTo(Hex.of(stream.bytes()));
        } finally {
            b.release();
        }
        assertThat((Object) channel.readOutbound()).isNull();
    }

    @Test
    void aBatchWithAMessageThatCannotBeEncodedSendsNothing() {
        channel = new EmbeddedChannel(new ExplorerChannelCodec(64));
        ExplorerBatch batch = new ExplorerBatch(List.of(new StopQuery(1, 2),
                new LoginFailed(1, "x".repeat(100)), new StopQuery(1, 3)));
        assertThatThrownBy(() -> channel.writeOutbound(batch)).isInstanceOf(EncoderException.class)
                .hasMessageContaining("cannot encode LoginFailed");
        assertThat((Object) channel.readOutbound()).isNull();
    }

    /** The bad frame is reported; frames before it are delivered, nothing after it ever is. */
    private void assertRejected(byte[] bad, String message) {
        byte[] stream = WireBytes.create().bytes(STOP_QUERY).bytes(bad).bytes(STOP_QUERY).toArray();
        assertThatThrownBy(() -> channel.writeInbound(Unpooled.wrappedBuffer(stream)))
                .isInstanceOf(CccpCodecException.class)
                .hasMessage(message);
        assertThat(inbound()).containsExactly(new StopQuery(1, 2));
        channel.writeInbound(Unpooled.wrappedBuffer(STOP_QUERY));
        assertThat(inbound()).isEmpty();
    }

    @Test
    void frameLengthZeroIsRejected() {
        assertRejected(WireBytes.create().u32(0).u32(StopQuery.ID).toArray(), "frame length: 0 (expected: >= 8)");
    }

    @Test
    void frameLengthBelowTheHeaderIsRejected() {
        assertRejected(WireBytes.create().u32(7).u32(StopQuery.ID).toArray(), "frame length: 7 (expected: >= 8)");
    }

    @Test
    void frameLengthAboveTheLimitIsRejectedBeforeBuffering() {
        channel = new EmbeddedChannel(new ExplorerChannelCodec(64));
        assertRejected(WireBytes.create().u32(65).u32(StopQuery.ID).toArray(), "frame length: 65 (expected: <= 64)");
    }

    @Test
    void hugeUnsignedFrameLengthIsReportedUnsigned() {
        assertRejected(WireBytes.create().u32(-1).toArray(),
                "frame length: 4294967295 (expected: <= "
                + io.cccpexplorer.protocol.wire.Frames.DEFAULT_MAX_FRAME_LENGTH + ")");
    }

    @Test
    void stringLengthBeyondTheFrameIsRejected() {
        assertRejected(WireBytes.create().u32(1).u32(1000).str("x").asFrame(LoginFailed.ID),
                "string length: 1000 (expected: <= 5 bytes left in frame)");
    }

    @Test
    void truncatedBlobIsRejected() {
        byte[] blob = WireBytes.create().str(NamespaceTable.PROTOCOL).u32(0).u8(0).u32(1).u32(0x83000007).toArray();
        assertRejected(WireBytes.create().u32(1).u32(2).u32(blob.length).bytes(blob).asFrame(ListResponse.ID),
                "bytes left for object id: 0 (expected: >= 4)");
    }

    @Test
    void badModeByteIsRejected() {
        byte[] blob = WireBytes.create().u32(0).u8(2).toArray();
        assertRejected(WireBytes.create().u32(1).u32(2).u32(blob.length).bytes(blob).asFrame(ListResponse.ID),
                "blob mode: 2 (expected: 0 (serialization complete))");
    }

    @Test
    void nestingTooDeepIsRejected() {
        WireBytes blob = WireBytes.create().str(NamespaceTable.PROTOCOL).u32(0).u8(0);
        for (int i = 0; i <= BlobReader.MAX_DEPTH; i++) {
            blob.object(1, 0x83000005, 0).field(1, 50);
        }
        byte[] b = blob.toArray();
        assertRejected(WireBytes.create().u32(1).u32(2).u32(b.length).bytes(b).u32(0)
                .asFrame(NodeObjectContentResponse.ID),
                "object nesting depth: 65 (expected: <= 64)");
    }

    @Test
    void connectionClosedInsideAFrameIsReported() {
        channel.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOf(STOP_QUERY, 5)));
        assertThat(inbound()).isEmpty();
        assertThatThrownBy(channel::finish).isInstanceOf(CccpCodecException.class)
                .hasMessage("connection closed inside a frame: 5 of 16 bytes");
        assertThat(inbound()).isEmpty();
    }

    @Test
    void connectionClosedInsideTheLengthIsReported() {
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {16, 0}));
        assertThatThrownBy(channel::finish).isInstanceOf(CccpCodecException.class)
                .hasMessage("connection closed inside a frame: 2 of an unknown number of bytes");
    }

    @Test
    void unknownIdBecomesUnknownMessageAndTheConnectionStaysUsable() {
        byte[] unknown = WireBytes.create().u32(0xCAFE).asFrame(4242);
        channel.writeInbound(Unpooled.wrappedBuffer(WireBytes.create().bytes(unknown).bytes(STOP_QUERY).toArray()));
        assertThat(inbound()).containsExactly(new UnknownMessage(4242, Hex.bytes("fe ca 00 00")), new StopQuery(1, 2));

        channel.writeOutbound(new UnknownMessage(4242, Hex.bytes("fe ca 00 00")));
        ByteBuf out = channel.readOutbound();
        assertThat(Hex.of(out)).isEqualTo(Hex.of(unknown));
        out.release();
    }

    @Test
    void encoderRefusesANonLatin1StringWithoutWritingAByte() {
        assertThatThrownBy(() -> channel.writeOutbound(new LoginFailed(1, "d\u00e9j\u00e0 \u20ac")))
                .isInstanceOf(EncoderException.class)
                .hasCauseInstanceOf(CccpCodecException.class)
                .hasMessageContaining("reason char at 5: U+20AC".replace("reason", "string"));
        assertThat(channel.outboundMessages()).isEmpty();
        assertThat(channel.isOpen()).isTrue();

        channel.writeOutbound(new StopQuery(1, 2));
        ByteBuf out = channel.readOutbound();
        assertThat(Hex.of(out)).isEqualTo(Hex.of(STOP_QUERY));
        out.release();
    }

    /** A failed blob announced nothing, so the next blob announces its namespace and the peer stays in step. */
    @Test
    void aRefusedBlobDoesNotLoseANamespaceAnnouncement() {
        ListResponse bad = new ListResponse(1, 2, new ProtocolList(List.of(new ListItem(1, "\u0100", 1, 0))));
        assertThatThrownBy(() -> channel.writeOutbound(bad)).isInstanceOf(EncoderException.class);
        assertThat(channel.outboundMessages()).isEmpty();
        assertThat(channel.isOpen()).isTrue();

        ListResponse good = new ListResponse(1, 2, new ProtocolList(List.of(ListItem.added(7, 0))));
        channel.writeOutbound(good);
        ByteBuf out = channel.readOutbound();
        assertThat(ExplorerCodec.decode(out, new NamespaceTable())).isEqualTo(good);
        out.release();
    }

    @Test
    void serverSideUseDefaultNamespacesIndexAnnouncesAll38InTheNextBlob() {
        channel.writeInbound(Unpooled.wrappedBuffer(WireBytes.create().asFrame(UseDefaultNamespacesIndex.ID)));
        assertThat(inbound()).containsExactly(UseDefaultNamespacesIndex.INSTANCE);
        channel.writeOutbound(UseDefaultNamespacesIndexOk.INSTANCE);
        ListResponse list = new ListResponse(1, 2, ProtocolList.EMPTY);
        channel.writeOutbound(list);
        channel.writeOutbound(list);

        ByteBuf ok = channel.readOutbound();
        assertThat(Hex.of(ok)).isEqualTo("08 00 00 00 46 4e 00 00");
        ok.release();
        NamespaceTable client = new NamespaceTable();
        ByteBuf first = channel.readOutbound();
        assertThat(ExplorerCodec.decode(first, client)).isEqualTo(list);
        first.release();
        assertThat(client.size()).isEqualTo(38);
        for (int n = 1; n <= 38; n++) {
            assertThat(client.pathOf(n)).isEqualTo(NamespaceTable.DEFAULT_INDEX.get(n - 1));
        }
        ByteBuf second = channel.readOutbound();
        // the next blob is back to an empty header: 4-byte u32(0) then mode 0
        assertThat(Hex.of(second)).contains("00 00 00 00 00 01 00 00 00 07 00 00 83");
        assertThat(second.readableBytes()).isEqualTo(8 + 4 + 4 + 4 + 5 + 12 + 4 + 4 + 2);
        second.release();
    }

    @Test
    void clientSideUseDefaultNamespacesIndexAnnouncesNothingAndSwitchesOnOk() {
        channel.writeOutbound(UseDefaultNamespacesIndex.INSTANCE);
        SetObjectFormat format = new SetObjectFormat(1, new ObjectFormat(1, List.of(FormatField.leaf(0, "login"))));
        channel.writeOutbound(format);
        ByteBuf request = channel.readOutbound();
        assertThat(Hex.of(request)).isEqualTo("08 00 00 00 41 27 00 00");
        request.release();
        ByteBuf blob = channel.readOutbound();
        // frame header, session id, data length, then an empty header: the server knows number 1 already
        assertThat(Hex.of(blob).substring(3 * 16)).startsWith("00 00 00 00 00 01 00 00 00 02 00 00 83");
        blob.release();

        // a blob in namespace 9 (dispatch_db) without a header: only valid once the server has confirmed
        byte[] content = WireBytes.create().u32(0).u8(0).object(9, 0x40000012, 5).end().toArray();
        byte[] response = WireBytes.create().u32(1).u32(3).u32(content.length).bytes(content).u32(0)
                .asFrame(NodeObjectContentResponse.ID);
        channel.writeInbound(Unpooled.wrappedBuffer(WireBytes.create().asFrame(UseDefaultNamespacesIndexOk.ID)));
        channel.writeInbound(Unpooled.wrappedBuffer(response));
        assertThat(inbound()).containsExactly(UseDefaultNamespacesIndexOk.INSTANCE,
                new NodeObjectContentResponse(1, 3,
                        new CdepObject(NamespaceTable.DISPATCH_DB, 0x40000012, 5, List.of()), 0));
    }

    @Test
    void beforeTheOkTheClientStillUsesTheOldNumbering() {
        channel.writeOutbound(UseDefaultNamespacesIndex.INSTANCE);
        ByteBuf request = channel.readOutbound();
        request.release();
        byte[] content = WireBytes.create().u32(0).u8(0).object(9, 0x40000012, 5).end().toArray();
        byte[] response = WireBytes.create().u32(1).u32(3).u32(content.length).bytes(content).u32(0)
                .asFrame(NodeObjectContentResponse.ID);
        assertThatThrownBy(() -> channel.writeInbound(Unpooled.wrappedBuffer(response)))
                .isInstanceOf(CccpCodecException.class)
                .hasMessage("namespace number: 9 (expected: a number announced on this connection (1..0))");
    }
}
