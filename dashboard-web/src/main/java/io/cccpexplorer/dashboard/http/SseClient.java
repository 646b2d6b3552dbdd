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
 */
public final class SseClient implements EventSink {

    private static final Logger LOG = LoggerFactory.getLogger(SseClient.class);
    private static final SseFrame PING = SseFrame.of(": ping\n\n");

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
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();   // touched on the I/O thread only
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
        if (waiting > 0 && stalledFor > stallNanos) {
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
        ByteBuffer bytes = ByteBuffer.wrap(wire).asReadOnlyBuffer();
        return onIoThread(() -> {
            if (!closed.get()) {
                if (gzip != null) {
                    gzip.sent(frame.plain());
                }
                if (queue.isEmpty()) {
                    lastProgress = System.nanoTime();   // the stall clock starts when data starts waiting
                }
                queue.addLast(bytes);
                drain();
            }
        });
    }

    /** Writes what the socket accepts; waits for a write-ready callback for the rest. I/O thread only. */
    private void drain() {
        if (closed.get()) {
            sink.suspendWrites();   // a closed stream must not keep the I/O thread busy with write callbacks
            return;
        }
        try {
            while (!queue.isEmpty()) {
                ByteBuffer head = queue.peekFirst();
                if (sink.write(head) > 0) {
                    lastProgress = System.nanoTime();
                }
                if (head.hasRemaining()) {
                    sink.resumeWrites();
                    return;
                }
                queue.removeFirst();
                pendingBytes.addAndGet(-head.capacity());
            }
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
            boolean atFrameBoundary = queue.isEmpty();
            queue.clear();
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
