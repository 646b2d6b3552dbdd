package io.cccpexplorer.benchmarks;

import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.explorer.ExplorerCodec;
import io.cccpexplorer.protocol.explorer.ExplorerFrameReader;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.wire.Frames;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Decoding and encoding the two server messages a live dashboard receives most: {@code object_response} (an
 * agents-view row, 13 values) and {@code list_response} (a 50-item snapshot), in the steady state of a connection
 * (namespace already announced). Decoding both one-shot ({@link ExplorerCodec#decode}: new readers per frame) and
 * as a channel does it (one {@link ExplorerFrameReader} for the connection). Baselines on the same bytes: a raw
 * walk over every byte, and the frame split alone. Throughput is frames per second on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ObjectResponseBenchmark {

    @Param({"object_response", "list_response"})
    public String message;

    private ExplorerMessage decoded;
    private ByteBuf frame;
    private NamespaceTable inbound;
    private ExplorerFrameReader reader;
    private NamespaceTable outbound;
    private ByteBuf out;

    @Setup(Level.Trial)
    public void setUp() {
        decoded = message.equals("object_response") ? SampleMessages.agentRow() : SampleMessages.sessionsSnapshot();
        SampleMessages.Connection connection = SampleMessages.steadyState(decoded);
        frame = connection.frame();
        inbound = connection.inbound();
        reader = new ExplorerFrameReader(inbound);
        outbound = connection.outbound();
        out = Unpooled.directBuffer(frame.readableBytes() * 2);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        frame.release();
        out.release();
    }

    @Benchmark
    public ExplorerMessage decode() {
        return ExplorerCodec.decode(frame, inbound);
    }

    /** What a channel's decoder does: one {@link ExplorerFrameReader} for every frame of the connection. */
    @Benchmark
    public ExplorerMessage decodeWithReader() {
        return reader.decode(frame);
    }

    @Benchmark
    public ByteBuf encode() {
        out.clear();
        ExplorerCodec.encode(decoded, out, outbound);
        return out;
    }

    /** Baseline: read every byte of the frame once (8 at a time), no decoding. */
    @Benchmark
    public long baselineByteWalk() {
        long sum = 0;
        int i = frame.readerIndex();
        int end = frame.writerIndex();
        for (; i + 8 <= end; i += 8) {
            sum += frame.getLongLE(i);
        }
        for (; i < end; i++) {
            sum += frame.getByte(i);
        }
        return sum;
    }

    /** Baseline: find the frame in the stream and read its id, as any length-prefixed decoder must. */
    @Benchmark
    public int baselineFrameSplit() {
        ByteBuf whole = Frames.nextFrame(frame, Frames.DEFAULT_MAX_FRAME_LENGTH);
        frame.readerIndex(0);
        return Frames.messageId(whole);
    }
}
