package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.objects.ObjectValue;
import io.cccpexplorer.protocol.testing.CapturedFrame;
import io.cccpexplorer.protocol.testing.Hex;
import io.cccpexplorer.protocol.testing.ReferenceFiles;
import io.cccpexplorer.protocol.testing.VendorTrace;
import io.cccpexplorer.protocol.testing.VendorTraceFormat;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every frame of every real vendor capture decodes to exactly what the vendor's own client printed for it, and
 * re-encodes to the same bytes. Each direction has its own namespace tables, used in frame order, as on a real
 * connection. The captures are the vendor exchanges kept in this module's test resources ({@code captures/}, see its
 * README).
 */
class CaptureGoldenTest {

    static List<String> captures() {
        return ReferenceFiles.captureNames();
    }

    /** Both directions of one capture, decoded in order. */
    record Decoded(List<CapturedFrame> frames, List<ExplorerMessage> messages, NamespaceTable clientToServer,
                   NamespaceTable serverToClient) {
    }

    static Decoded decode(String capture) {
        List<CapturedFrame> frames = CapturedFrame.read(ReferenceFiles.capture(capture, "frames"));
        NamespaceTable c2s = new NamespaceTable();
        NamespaceTable s2c = new NamespaceTable();
        List<ExplorerMessage> messages = new ArrayList<>();
        for (CapturedFrame f : frames) {
            messages.add(ExplorerCodec.decode(Unpooled.wrappedBuffer(f.bytes()), f.fromClient() ? c2s : s2c));
        }
        return new Decoded(frames, messages, c2s, s2c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void everyFrameDecodesToWhatTheVendorClientPrinted(String capture) {
        Decoded decoded = decode(capture);
        VendorTrace trace = VendorTrace.read(ReferenceFiles.capture(capture, "verbose"));
        assertThat(decoded.frames()).as("frames in %s", capture).isNotEmpty();

        for (boolean fromClient : new boolean[] {true, false}) {
            List<VendorTrace.Entry> expected = trace.sent(fromClient);
            List<List<String>> actual = new ArrayList<>();
            for (int i = 0; i < decoded.frames().size(); i++) {
                CapturedFrame frame = decoded.frames().get(i);
                ExplorerMessage message = decoded.messages().get(i);
                if (frame.fromClient() != fromClient) {
                    continue;
                }
                assertThat(frame.bytes()).as("frame %d length", i).hasSize(frame.declaredLength());
                assertThat(message).as("frame %d", i).isNotInstanceOf(UnknownMessage.class);
                assertThat(message.id()).isEqualTo(frame.declaredId());
                assertThat(message.fromClient()).as("direction of %s", message).isEqualTo(fromClient);
                actual.add(VendorTraceFormat.render(message));
            }
            assertThat(actual).as("%s, %s messages", capture, fromClient ? "client" : "server")
                    .containsExactlyElementsOf(expected.stream().map(VendorTrace.Entry::lines).toList());
        }

        for (VendorTrace.NamespaceNumber ns : trace.namespaces()) {
            NamespaceTable table = ns.sent() ? decoded.clientToServer() : decoded.serverToClient();
            assertThat(table.pathOf(ns.number())).as("namespace %d", ns.number()).isEqualTo(ns.path());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void everyFrameReencodesToTheSameBytes(String capture) {
        Decoded decoded = decode(capture);
        NamespaceTable c2s = new NamespaceTable();
        NamespaceTable s2c = new NamespaceTable();
        for (int i = 0; i < decoded.frames().size(); i++) {
            CapturedFrame frame = decoded.frames().get(i);
            ByteBuf out = Unpooled.buffer();
            ExplorerCodec.encode(decoded.messages().get(i), out, frame.fromClient() ? c2s : s2c);
            assertThat(Hex.of(out)).as("%s frame %d: %s", capture, i, decoded.messages().get(i))
                    .isEqualTo(Hex.of(frame.bytes()));
        }
    }

    /** The trace shows reals as {@code %g} (1.77059e+09); the object carries all 15 digits of {@code %.15g}. */
    @Test
    void objectRealsKeepFifteenDigits() {
        List<Double> origins = decode("K_real").messages().stream()
                .filter(m -> m instanceof ObjectResponse)
                .flatMap(m -> ((ObjectResponse) m).object().values().stream())
                .filter(v -> v.fieldIndex() == 3)
                .map(ObjectValue::value)
                .map(v -> ((FieldValue.Real) v).value())
                .toList();
        assertThat(origins).containsExactly(1_770_591_660.28836, 1_770_591_660.29836, 1_770_591_660.29836,
                1_770_591_660.29836, 1_770_591_660.29836);
    }

    @Test
    void loginOkOfTheDispatchCarriesEmptyIds() {
        ExplorerMessage loginOk = decode("D_count").messages().get(3);
        assertThat(loginOk).isEqualTo(new LoginOk(1, "", ""));
    }

    @Test
    void setObjectFormatOfTheVendorWritesEveryFieldIncludingEmptyLists() {
        CapturedFrame frame = decode("J_bool").frames().get(4);
        // field 3 "fields", type 50, then u32(0): the empty children list of a leaf
        assertThat(Hex.of(frame.bytes())).contains("03 00 32 00 00 00 00 00");
        // field 4 "query" = NULL string
        assertThat(Hex.of(frame.bytes())).contains("04 00 05 00 ff ff ff ff");
    }
}
