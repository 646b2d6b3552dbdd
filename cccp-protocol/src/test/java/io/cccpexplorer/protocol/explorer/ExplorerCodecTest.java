package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.testing.WireBytes;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ExplorerCodec} as a pure function of the bytes: in-place decoding leaves the buffer as it was. */
class ExplorerCodecTest {

    private static final byte[] STOP_QUERY = WireBytes.create().u32(1).u32(2).asFrame(StopQuery.ID);
    private static final byte[] LOGIN_FAILED = WireBytes.create().u32(1).str("non").asFrame(LoginFailed.ID);

    @Test
    void decodesAFrameInTheMiddleOfAStreamWithoutMovingIt() {
        ByteBuf stream = Unpooled.wrappedBuffer(WireBytes.create().bytes(STOP_QUERY).bytes(LOGIN_FAILED)
                .bytes(STOP_QUERY).toArray());
        stream.skipBytes(STOP_QUERY.length);
        int before = stream.readerIndex();

        ExplorerMessage m = ExplorerCodec.decode(stream, LOGIN_FAILED.length, new NamespaceTable());

        assertThat(m).isEqualTo(new LoginFailed(1, "non"));
        assertThat(stream.readerIndex()).isEqualTo(before);
    }

    @Test
    void theArgumentsStopAtTheFrameNotAtTheEndOfTheBuffer() {
        // a frame that declares no arguments, followed by more bytes: the decoder must not read into them
        byte[] empty = WireBytes.create().asFrame(LoginFailed.ID);
        ByteBuf stream = Unpooled.wrappedBuffer(WireBytes.create().bytes(empty).bytes(LOGIN_FAILED).toArray());
        assertThat(ExplorerCodec.decode(stream, empty.length, new NamespaceTable())).isEqualTo(new LoginFailed(0, ""));
    }

    @Test
    void unknownIdsKeepTheirPayloadInPlaceToo() {
        byte[] unknown = WireBytes.create().u32(7).asFrame(4242);
        ByteBuf stream = Unpooled.wrappedBuffer(WireBytes.create().bytes(unknown).bytes(STOP_QUERY).toArray());
        assertThat(ExplorerCodec.decode(stream, unknown.length, new NamespaceTable()))
                .isEqualTo(new UnknownMessage(4242, WireBytes.create().u32(7).toArray()));
    }

    @Test
    void aFrameShorterThanItsHeaderIsAnError() {
        assertThatThrownBy(() -> ExplorerCodec.decode(Unpooled.wrappedBuffer(new byte[5]), new NamespaceTable()))
                .isInstanceOf(CccpCodecException.class)
                .hasMessage("frame length: 5 (expected: >= 8 and <= 5 readable bytes)");
    }

    @Test
    void theReaderIndexIsRestoredAfterAnError() {
        byte[] bad = WireBytes.create().u32(1).u32(99).asFrame(LoginFailed.ID);
        ByteBuf frame = Unpooled.wrappedBuffer(bad);
        assertThatThrownBy(() -> ExplorerCodec.decode(frame, new NamespaceTable()))
                .isInstanceOf(CccpCodecException.class);
        assertThat(frame.readerIndex()).isZero();
    }
}
