package io.cccpexplorer.protocol.netty;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.explorer.ExplorerCodec;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.testing.CapturedFrame;
import io.cccpexplorer.protocol.testing.ReferenceFiles;
import io.cccpexplorer.protocol.wire.Frames;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile input: random byte streams, and real captured frames with bytes flipped, cut, inserted or their length
 * rewritten. Decoding must end in messages or a {@link CccpCodecException}: no other exception, no hang.
 */
class DecoderFuzzProperties {

    private static final List<byte[]> CAPTURED = capturedFrames();

    private static List<byte[]> capturedFrames() {
        List<byte[]> frames = new ArrayList<>();
        for (String capture : ReferenceFiles.captureNames()) {
            for (CapturedFrame f : CapturedFrame.read(ReferenceFiles.capture(capture, "frames"))) {
                frames.add(f.bytes());
            }
        }
        return frames;
    }

    /** One mutation of a frame at a position: what a broken or hostile peer could send. */
    enum Mutation { FLIP, SET_FF, SET_00, CUT, INSERT, DUPLICATE_TAIL, LENGTH_FIELD }

    private static byte[] mutate(byte[] frame, Mutation mutation, int at, int value) {
        int i = Math.floorMod(at, frame.length);
        byte[] m = frame.clone();
        switch (mutation) {
            case FLIP -> m[i] ^= (byte) (1 << (value & 7));
            case SET_FF -> m[i] = (byte) 0xFF;
            case SET_00 -> m[i] = 0;
            case CUT -> m = Arrays.copyOf(frame, i);
            case INSERT -> {
                m = new byte[frame.length + 1];
                System.arraycopy(frame, 0, m, 0, i);
                m[i] = (byte) value;
                System.arraycopy(frame, i, m, i + 1, frame.length - i);
            }
            case DUPLICATE_TAIL -> {
                m = Arrays.copyOf(frame, frame.length + frame.length - i);
                System.arraycopy(frame, i, m, frame.length, frame.length - i);
            }
            case LENGTH_FIELD -> {
                // keep the frame length consistent with a changed body: the body decoder sees the damage
                m[Math.max(8, i)] = (byte) value;
            }
            default -> throw new IllegalStateException();
        }
        return m;
    }

    @Provide
    Arbitrary<byte[]> mutatedStreams() {
        Arbitrary<byte[]> one = Combinators.combine(
                Arbitraries.of(CAPTURED), Arbitraries.of(Mutation.class),
                Arbitraries.integers().between(0, 1 << 16), Arbitraries.integers().between(0, 255))
                .as(DecoderFuzzProperties::mutate);
        Arbitrary<byte[]> clean = Arbitraries.of(CAPTURED);
        return Arbitraries.oneOf(one, clean).list().ofMinSize(1).ofMaxSize(6).map(DecoderFuzzProperties::concat);
    }

    @Provide
    Arbitrary<byte[]> randomStreams() {
        Arbitrary<byte[]> header = Combinators.combine(Arbitraries.integers().between(0, 300),
                Arbitraries.of(103, 10010, 10011, 10014, 20005, 20007, 20008, 20009, 20010, 9999))
                .as((len, id) -> Unpooled.buffer(8).writeIntLE(len).writeIntLE(id).array());
        Arbitrary<byte[]> body = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        return Combinators.combine(header, body).as(DecoderFuzzProperties::concat2)
                .list().ofMinSize(1).ofMaxSize(4).map(DecoderFuzzProperties::concat);
    }

    private static byte[] concat2(byte[] a, byte[] b) {
        return concat(List.of(a, b));
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    @Property(tries = 3000)
    void mutatedCapturesDecodeOrFailCleanly(@ForAll("mutatedStreams") byte[] stream) {
        Statistics.collect(decodeAll(stream));
    }

    @Property(tries = 3000)
    void randomBytesDecodeOrFailCleanly(@ForAll("randomStreams") byte[] stream) {
        Statistics.collect(decodeAll(stream));
    }

    /** Through the Netty pipeline too: any error is a CccpCodecException and nothing comes after it. */
    @Property(tries = 500)
    void theChannelReportsOnlyCodecErrors(@ForAll("mutatedStreams") byte[] stream) {
        EmbeddedChannel channel = new EmbeddedChannel(new ExplorerChannelCodec());
        boolean failed = false;
        try {
            channel.writeInbound(Unpooled.wrappedBuffer(stream));
        } catch (CccpCodecException expected) {
            failed = true;
        }
        if (failed) {
            // the error was reported as data for the connection owner; nothing is decoded after it
            int delivered = channel.inboundMessages().size();
            channel.writeInbound(Unpooled.wrappedBuffer(CAPTURED.get(0)));
            assertThat(channel.inboundMessages()).hasSize(delivered);
        }
        try {
            channel.finish();
        } catch (CccpCodecException closedInsideAFrame) {
            assertThat(closedInsideAFrame).hasMessageStartingWith("connection closed inside a frame");
        } finally {
            channel.finishAndReleaseAll();
        }
    }

    /**
     * Decodes frame after frame as one connection does, with the pure codec (no wrapping of unexpected
     * exceptions, so a bug shows as what it is). Returns how it ended, for the statistics.
     */
    private static String decodeAll(byte[] stream) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            ByteBuf in = Unpooled.wrappedBuffer(stream);
            NamespaceTable table = new NamespaceTable();
            try {
                for (ByteBuf frame; (frame = Frames.nextFrame(in, Frames.DEFAULT_MAX_FRAME_LENGTH)) != null; ) {
                    ExplorerMessage m = ExplorerCodec.decode(frame, table);
                    assertThat(m).isNotNull();
                }
                return in.isReadable() ? "incomplete last frame" : "decoded";
            } catch (CccpCodecException e) {
                assertThat(e.getMessage()).isNotBlank();
                return "codec error";
            }
        });
    }
}
