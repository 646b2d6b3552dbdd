package io.cccpexplorer.dashboard.http;

import io.cccpexplorer.dashboard.project.EventSink;
import io.cccpexplorer.dashboard.project.SseFrame;
import io.cccpexplorer.protocol.LogText;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.XnioExecutor;
import org.xnio.XnioIoThread;
import org.xnio.channels.StreamSinkChannel;

/**
 * One browser's {@code text/event-stream}, written without a thread of its own: frames are queued and written on
 * the connection's I/O thread as the socket accepts them. A client is dropped (it reconnects and resumes with
 * {@code Last-Event-ID}) when it is <em>stalled</em>, not when it is merely behind: when no byte could be written to
 * it for two heartbeats while data was waiting, or when more than {@code maxPendingBytes} wait. Counting frames
 * dropped browsers that were reading: during a multi-megabyte initial snapshot, 512 small frames queue up behind
 * it in seconds on a large site (84 of 199 reading clients dropped, each then asking for another full snapshot).
 * Frames are shared between clients (encoded once), so the bytes waiting cost little beyond the snapshot itself.
 *
 * <p>A browser that accepts gzip gets {@code Content-Encoding: gzip}: each frame's own compressed bytes (also
 * shared, see {@link SseFrame}) follow one another in one gzip member, each ending in a sync flush so the browser
 * decodes every event as it arrives. The limits above count the bytes actually sent, compressed or not.
 *
 * <p>Frames offered together (the hub's coalesced push sends a few hundred at once) cost the client one task on
 * its I/O thread and one gathering write, not one of each per frame: at 200 browsers, a task and a write per
 * frame per browser were most of the server's CPU (tens of thousands of each a second).
 */
public final class SseClient implements EventSink {

    private static final Logger LOG = LoggerFactory.getLogger(SseClient.class);
    private static final SseFrame PING = SseFrame.of(": ping\n\n");
    /** Buffers handed to one gathering write (the kernel takes at most 1,024). */
    private static final int WRITE_BATCH = 256;

    /** A frame on its way to the I/O thread: its bytes on the wire, and its plain text for the gzip checksum. */
    private record Outgoing(ByteBuffer bytes, byte[] plain) {
    }

    private final String label;
    private final HttpServerExchange exchange;
    private final StreamSinkChannel sink;
    private final XnioIoThread io;
    /** Bytes a client may have waiting before it is dropped whatever its progress. */
    private final long maxPendingBytes;
    /** How long data may wait without a single byte written before the client counts as stalled. */
    private final long stallNanos;
    private final AtomicLong pendingBytes = new AtomicLong();
    /** {@link System#nanoTime()} of the last write progress, or of the moment data started waiting. */
    private volatile long lastProgress = System.nanoTime();
    /** Whether the I/O thread holds data not yet written (the write queue is not empty). */
    private volatile boolean writing;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();   // touched on the I/O thread only
    /** Frames offered and not yet taken by the I/O thread, in order. */
    private final ConcurrentLinkedQueue<Outgoing> incoming =
            new ConcurrentLinkedQueue<>();
    /** Whether a task that takes {@link #incoming} is already on its way to the I/O thread. */
    private final AtomicBoolean takeScheduled = new AtomicBoolean();
    /** The gzip member's checksum, or null when the browser did not ask for gzip. I/O thread only. */
    private final GzipStream gzip;
    private final Consumer<SseClient> onClose;
    private XnioExecutor.Key heartbeat;

    private SseClient(String label, HttpServerExchange exchange, long maxPendingBytes, Duration heartbeat,
                      Consumer<SseClient> onClose) {
        this.label = LogText.escape(label);   // holds a session id from the request
        this.maxPendingBytes = maxPendingBytes;
        this.stallNanos = heartbeat.multipliedBy(2).toNanos();
        this.onClose = onClose;
        this.exchange = exchange;
        this.sink = exchange.getResponseChannel();
        this.io = exchange.getIoThread();
        this.gzip = GzipStream.accepted(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_ENCODING))
                ? new GzipStream() : null;
    }

    /**
     * Turns the exchange into an event stream once the current handler returned; the response stays open until
     * {@link #close(String)} or until the client goes away. The stream is set up on the connection's I/O thread,
     * so no write can race with Undertow finishing the handler call.
     *
     * @param onOpen receives the open stream (on the I/O thread; it must not block)
     * @param onClose called once when the stream ends, whatever the reason
     */
    public static void start(String label, HttpServerExchange exchange, long maxPendingBytes, Duration heartbeat,
                             Consumer<SseClient> onOpen, Consumer<SseClient> onClose) {
        exchange.dispatch(exchange.getIoThread(), () -> {
            SseClient client = open(label, exchange, maxPendingBytes, heartbeat, onClose);
            try {
                onOpen.accept(client);
            } catch (RuntimeException e) {
                LOG.warn("SSE {}: setup failed: {}", label, e.toString());
                client.close("setup failed");
            }
        });
    }

    private static SseClient open(String label, HttpServerExchange exchange, long maxPendingBytes, Duration heartbeat,
                                 Consumer<SseClient> onClose) {
        exchange.setStatusCode(200);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/event-stream; charset=UTF-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache, no-store");
        exchange.getResponseHeaders().put(HttpString.tryFromString("X-Accel-Buffering"), "no");
        exchange.setPersistent(false);
        SseClient client = new SseClient(label, exchange, maxPendingBytes, heartbeat, onClose);
        exchange.getResponseHeaders().put(Headers.VARY, "Accept-Encoding");
        if (client.gzip != null) {
            exchange.getResponseHeaders().put(Headers.CONTENT_ENCODING, "gzip");
            client.queue.addLast(ByteBuffer.wrap(GzipStream.HEADER));
            client.pendingBytes.addAndGet(GzipStream.HEADER.length);
        }
        client.sink.getWriteSetter().set(ch -> client.drain());
        client.sink.getCloseSetter().set(ch -> client.close("connection closed"));
        client.heartbeat = client.io.executeAtInterval(() -> client.offer(PING), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
        // a resumed channel keeps Undertow from ending the exchange when the handler returns
        client.sink.resumeWrites();
        return client;
    }

    @Override
    public boolean offer(SseFrame frame) {
        if (closed.get()) {
            return false;
        }
        long waiting = pendingBytes.get();
        long stalledFor = System.nanoTime() - lastProgress;
        // only data the I/O thread holds can be stalled: frames it has not taken yet (it may still be opening
        // this stream, the snapshot built on a loaded machine after the first small frame) are not the client's
        if (writing && stalledFor > stallNanos) {
            LOG.info("SSE {}: dropping stalled client (nothing written for {} s, {} bytes waiting)", label,
                    TimeUnit.NANOSECONDS.toSeconds(stalledFor), waiting);
            close("stalled client");
            return false;
        }
        byte[] wire = gzip == null ? frame.plain() : frame.deflated();
        if (pendingBytes.addAndGet(wire.length) > maxPendingBytes) {
            LOG.info("SSE {}: dropping slow client (more than {} bytes not yet written)", label, maxPendingBytes);
            close("slow client");
            return false;
        }
        incoming.add(new Outgoing(ByteBuffer.wrap(wire).asReadOnlyBuffer(), frame.plain()));
        // one task for a burst of frames: the one scheduled takes every frame offered until it runs
        return !takeScheduled.compareAndSet(false, true) || onIoThread(this::takeIncoming);
    }

    /** Moves the frames offered so far to the write queue, in order, and writes. I/O thread only. */
    private void takeIncoming() {
        takeScheduled.set(false);   // first: a frame offered from now on schedules another run
        for (Outgoing o; (o = incoming.poll()) != null; ) {
            if (closed.get()) {
                continue;
            }
            if (gzip != null) {
                gzip.sent(o.plain());
            }
            if (queue.isEmpty()) {
                lastProgress = System.nanoTime();   // the stall clock starts when data starts waiting
            }
            queue.addLast(o.bytes());
            writing = true;
        }
        if (!closed.get()) {
            drain();
        }
    }

    /** Writes what the socket accepts; waits for a write-ready callback for the rest. I/O thread only. */
    private void drain() {
        if (closed.get()) {
            sink.suspendWrites();   // a closed stream must not keep the I/O thread busy with write callbacks
            return;
        }
        try {
            while (!queue.isEmpty()) {
                ByteBuffer[] batch = new ByteBuffer[Math.min(WRITE_BATCH, queue.size())];
                Iterator<ByteBuffer> it = queue.iterator();
                for (int i = 0; i < batch.length; i++) {
                    batch[i] = it.next();
                }
                if (sink.write(batch, 0, batch.length) > 0) {
                    lastProgress = System.nanoTime();
                }
                while (!queue.isEmpty() && !queue.peekFirst().hasRemaining()) {
                    pendingBytes.addAndGet(-queue.removeFirst().capacity());
                }
                if (batch[batch.length - 1].hasRemaining()) {
                    sink.resumeWrites();   // the socket took less than offered: wait until it is writable
                    return;
                }
            }
            writing = false;
            if (sink.flush()) {
                sink.suspendWrites();
            } else {
                sink.resumeWrites();
            }
        } catch (IOException e) {
            close("write failed: " + e.getMessage());
        }
    }

    @Override
    public void close(String reason) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.debug("SSE {}: closed ({})", label, reason);
        onIoThread(() -> {
            if (heartbeat != null) {
                heartbeat.remove();
            }
            boolean atFrameBoundary = queue.isEmpty();   // else the checksum counts frames never written
            queue.clear();
            incoming.clear();
            sink.getWriteSetter().set(null);
            sink.suspendWrites();
            try {
                if (gzip != null && atFrameBoundary) {
                    sink.write(ByteBuffer.wrap(gzip.trailer()));   // best effort: a clean end for the decoder
                }
                sink.shutdownWrites();
                sink.flush();
            } catch (IOException ignored) {
                // the socket is already gone
            }
            org.xnio.IoUtils.safeClose(sink);
            // the whole connection: a stalled peer must not keep a socket and its unsent bytes alive
            org.xnio.IoUtils.safeClose(exchange.getConnection());
        });
        onClose.accept(this);
    }

    /** Runs a task on the connection's I/O thread; false when the server is already stopping. */
    private boolean onIoThread(Runnable task) {
        try {
            io.execute(task);
            return true;
        } catch (RejectedExecutionException stopping) {
            closed.set(true);
            return false;
        }
    }

    public boolean isOpen() {
        return !closed.get();
    }

    @Override
    public String toString() {
        return "SseClient[" + label + "]";
    }
}
