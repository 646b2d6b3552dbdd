package io.cccpexplorer.benchmarks;

import io.cccpexplorer.protocol.explorer.ExplorerCodec;
import io.cccpexplorer.protocol.explorer.ExplorerFrameReader;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.netty.buffer.ByteBuf;
import io.netty.util.concurrent.FastThreadLocalThread;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where the bytes of a decode go: bytes allocated per frame, measured with the JVM's per-thread allocation
 * counter, next to the size of the decoded message computed object by object ({@link MessageFootprint}). The
 * difference is the garbage of the decoder itself. Run on a plain thread (as JMH does) and on a Netty
 * {@link FastThreadLocalThread} (as an event loop does).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.cccpexplorer.benchmarks.AllocationAccounting</pre>
 */
public final class AllocationAccounting {

    private static final int WARM_UP = 300_000;
    private static final int MEASURED = 1_000_000;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Keeps every decoded message alive long enough that the JIT cannot drop its allocation. */
    private static volatile Object sink;

    private AllocationAccounting() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.printf("%-16s %-28s %-22s %12s %12s %10s%n",
                "message", "decode", "thread", "B/frame", "message B", "garbage B");
        account("object_response", SampleMessages.agentRow());
        account("list_response", SampleMessages.sessionsSnapshot());
    }

    private static void account(String name, ExplorerMessage sample) throws InterruptedException {
        SampleMessages.Connection connection = SampleMessages.steadyState(sample);
        ByteBuf frame = connection.frame();
        ExplorerFrameReader reader = new ExplorerFrameReader(connection.inbound());
        Supplier<ExplorerMessage> oneShot = () -> ExplorerCodec.decode(frame, connection.inbound());
        Supplier<ExplorerMessage> withReader = () -> reader.decode(frame);

        MessageFootprint footprint = MessageFootprint.of(withReader.get(), withReader.get());
        for (Map.Entry<String, long[]> e : footprint.byClass.entrySet()) {
            System.out.printf("  %-70s %4d objects %6d B%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
        }
        report(name, "ExplorerCodec.decode", "plain", measure(oneShot), footprint.bytes);
        report(name, "ExplorerFrameReader.decode", "plain", measure(withReader), footprint.bytes);
        report(name, "ExplorerCodec.decode", "FastThreadLocalThread", onNettyThread(oneShot), footprint.bytes);
        report(name, "ExplorerFrameReader.decode", "FastThreadLocalThread", onNettyThread(withReader),
                footprint.bytes);
        frame.release();
    }

    private static void report(String name, String decode, String thread, double perFrame, long message) {
        System.out.printf("%-16s %-28s %-22s %12.1f %12d %10.1f%n",
                name, decode, thread, perFrame, message, perFrame - message);
    }

    private static double onNettyThread(Supplier<ExplorerMessage> decode) throws InterruptedException {
        double[] result = new double[1];
        Thread t = new FastThreadLocalThread(() -> result[0] = measure(decode));
        t.start();
        t.join(120_000);
        if (t.isAlive()) {
            throw new IllegalStateException("measurement on the Netty thread took over two minutes");
        }
        return result[0];
    }

    private static double measure(Supplier<ExplorerMessage> decode) {
        for (int i = 0; i < WARM_UP; i++) {
            sink = decode.get();
        }
        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < MEASURED; i++) {
            sink = decode.get();
        }
        return (THREADS.getCurrentThreadAllocatedBytes() - before) / (double) MEASURED;
    }
}
