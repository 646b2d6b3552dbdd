package io.cccpexplorer.protocol.arguments;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.explorer.ExplorerCodec;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.explorer.Login;
import io.cccpexplorer.protocol.explorer.LoginFailed;
import io.cccpexplorer.protocol.explorer.ObjectResponse;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.explorer.ServerEvent;
import io.cccpexplorer.protocol.explorer.ConnectionOk;
import io.cccpexplorer.protocol.testing.Hex;
import io.cccpexplorer.protocol.testing.WireBytes;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Method-level arguments (wire spec §2): {@link ArgumentReader} and {@link ArgumentWriter} through whole frames. */
class ArgumentsTest {

    private static ExplorerMessage decode(byte[] frame) {
        return ExplorerCodec.decode(Unpooled.wrappedBuffer(frame), new NamespaceTable());
    }

    private static String encode(ExplorerMessage m) {
        ByteBuf out = Unpooled.buffer();
        ExplorerCodec.encode(m, out, new NamespaceTable());
        return Hex.of(out);
    }

    @Test
    void missingTrailingArgumentsReadAsZeroEmptyAndNull() {
        assertThat(decode(WireBytes.create().asFrame(QueryList.ID)))
                .isEqualTo(new QueryList(0, 0, "", 0, "", "", 0, "", 0));
        assertThat(decode(WireBytes.create().u32(1).u32(2).str("/dispatch").asFrame(QueryList.ID)))
                .isEqualTo(new QueryList(1, 2, "/dispatch", 0, "", "", 0, "", 0));
        assertThat(decode(WireBytes.create().u32(1).u32(3).asFrame(ObjectResponse.ID)))
                .isEqualTo(new ObjectResponse(1, 3, null, 0));
        assertThat(decode(WireBytes.create().asFrame(ConnectionOk.ID)))
                .isEqualTo(new ConnectionOk(0, CccpDate.NIL));
    }

    @Test
    void extraTrailingBytesAreIgnored() {
        assertThat(decode(WireBytes.create().u32(7).str("no").u8(0xAA).asFrame(LoginFailed.ID)))
                .isEqualTo(new LoginFailed(7, "no"));
    }

    @Test
    void aPrimitiveCutInHalfIsAnError() {
        byte[] frame = WireBytes.create().u32(1).u16(2).asFrame(QueryList.ID);
        assertThatThrownBy(() -> decode(frame)).isInstanceOf(CccpCodecException.class)
                .hasMessage("u32 bytes left: 2 (expected: >= 4)");
    }

    @Test
    void aStringLongerThanTheFrameIsAnError() {
        byte[] frame = WireBytes.create().u32(1).u32(100).bytes(new byte[] {'a', 'b', 'c'}).asFrame(LoginFailed.ID);
        assertThatThrownBy(() -> decode(frame)).isInstanceOf(CccpCodecException.class)
                .hasMessage("string length: 100 (expected: <= 3 bytes left in frame)");
    }

    @Test
    void aHugeUnsignedLengthIsReportedUnsigned() {
        byte[] frame = WireBytes.create().u32(1).u32(-2).asFrame(LoginFailed.ID);
        assertThatThrownBy(() -> decode(frame)).isInstanceOf(CccpCodecException.class)
                .hasMessage("string length: 4294967294 (expected: <= 0 bytes left in frame)");
    }

    @Test
    void anObjectLongerThanTheFrameIsAnError() {
        byte[] frame = WireBytes.create().u32(1).u32(3).u32(50).u32(0).asFrame(ObjectResponse.ID);
        assertThatThrownBy(() -> decode(frame)).isInstanceOf(CccpCodecException.class)
                .hasMessage("object length: 50 (expected: <= 4 bytes left in frame)");
    }

    @Test
    void stringsLongerThan127BytesAndLatin1BytesRoundTrip() {
        String login = "agent-\u00e9\u00e0\u00ff-".repeat(20);
        assertThat(login.length()).isGreaterThan(127);
        Login m = new Login(1, login, "p\u00e2ss", 1, true);
        String hex = encode(m);
        // a length above 127 is a plain u32: no varint, no sign trouble
        assertThat(hex).startsWith(Hex.of(WireBytes.create().u32(8 + 4 + 4 + login.length() + 4 + 4 + 4 + 1)
                .u32(Login.ID).u32(1).u32(login.length()).toArray()));
        assertThat(hex).contains("2d e9 e0 ff 2d");
        assertThat(decode(Hex.bytes(hex))).isEqualTo(m);
    }

    @Test
    void nullStringsAreWrittenAsEmpty() {
        assertThat(new LoginFailed(1, null)).isEqualTo(new LoginFailed(1, ""));
        assertThat(encode(new LoginFailed(1, null))).isEqualTo("10 00 00 00 22 4e 00 00 01 00 00 00 00 00 00 00");
    }

    @Test
    void theNullObjectIsADataOfFourZeroBytes() {
        assertThat(encode(new ServerEvent(1, "", "", 0.0, "e", null)))
                .endsWith("01 00 00 00 65 04 00 00 00 00 00 00 00");
    }

    @Test
    void realsTravelAsPercentGText() {
        ServerEvent m = new ServerEvent(1, "", "", 1234567.89, "", null);
        // 1234567.89 at method level: "1.23457e+06", 6 digits as C's %g
        assertThat(encode(m)).contains("0b 31 2e 32 33 34 35 37 65 2b 30 36");
        assertThat(((ServerEvent) decode(Hex.bytes(encode(m)))).delay()).isEqualTo(1_234_570.0);
        assertThat(encode(new ServerEvent(1, "", "", 2.5, "", null))).contains("03 32 2e 35");
    }

    @Test
    void aRealLengthBeyondTheFrameIsAnError() {
        byte[] frame = WireBytes.create().u32(1).str("").str("").u8(9).bytes(new byte[] {'1'}).asFrame(ServerEvent.ID);
        assertThatThrownBy(() -> decode(frame)).isInstanceOf(CccpCodecException.class)
                .hasMessage("real length: 9 (expected: <= 1)");
    }

    @Test
    void theWriterRefusesANonLatin1StringBeforeWritingIt() {
        ByteBuf out = Unpooled.buffer();
        ArgumentWriter w = new ArgumentWriter(out, new NamespaceTable());
        w.u32(5);
        assertThatThrownBy(() -> w.str("caf\u00e9 \u2615")).isInstanceOf(CccpCodecException.class)
                .hasMessage("string char at 5: U+2615 (expected: a Latin-1 character (<= U+00FF))");
        assertThat(Hex.of(out)).isEqualTo("05 00 00 00");
    }

    @Test
    void datesKeepSecondsMicrosecondsAndSignedOffset() {
        CccpDate d = new CccpDate(0xFFFF_FFF0L, 999_999, -18_000);
        ConnectionOk m = new ConnectionOk(0x020A008C, d);
        String hex = encode(m);
        assertThat(hex).endsWith("f0 ff ff ff 3f 42 0f 00 b0 b9 ff ff");
        assertThat(decode(Hex.bytes(hex))).isEqualTo(m);
        assertThat(d.offset().getTotalSeconds()).isEqualTo(-18_000);
    }
}
