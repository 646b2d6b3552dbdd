package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.netty.ExplorerBatch;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages on their way to one client, in order, bounded. Each message counts as pending from {@link #send}
 * until the socket took it; a client that stops reading makes the channel unwritable and the count grow, and once
 * it passes the limit the connection is closed with a logged reason instead of letting server memory grow.
 * Messages queued between two flushes reach the channel's event loop as one task and the socket as one
 * {@link ExplorerBatch} (not one task, buffer and write per message).
 * {@link #send} and {@link #flush} are called on the project's database thread only.
 */
public final class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final Channel channel;
    private final String name;
    private final int maxPending;
    private final AtomicInteger pending = new AtomicInteger();
    private final ChannelFutureListener written;
    private volatile boolean closed;
    private List<ExplorerMessage> batch = new ArrayList<>();

    public Outbox(Channel channel, String name, int maxPending) {
        if (maxPending < 1) {
            throw new IllegalArgumentException("maxPending: " + maxPending + " (expected: >= 1)");
        }
        this.channel = channel;
        this.name = name;
        this.maxPending = maxPending;
        this.written = f -> {
            pending.decrementAndGet();
            if (!f.isSuccess() && !closed && channel.isActive()) {
                log.warn("{}: write failed ({}); closing", name, f.cause().toString());
                close();
            }
        };
    }

    /** Queues {@code message}; sent at the next {@link #flush()}. Ignored once the outbox is closed. */
    public void send(ExplorerMessage message) {
        if (closed) {
            return;
        }
        if (pending.incrementAndGet() > maxPending && !channel.isWritable()) {
            pending.decrementAndGet();
            log.warn("{}: client too slow, more than {} messages pending and the socket full; disconnecting",
                    name, maxPending);
            close();
            return;
        }
        batch.add(message);
    }

    /** Pushes what was queued since the last flush. */
    public void flush() {
        if (batch.isEmpty() || closed) {
            return;
        }
        List<ExplorerMessage> out = batch;
        batch = new ArrayList<>();
        EventLoop loop = channel.eventLoop();
        if (loop.inEventLoop()) {
            write(out);
        } else {
            loop.execute(() -> write(out));
        }
    }

    private void write(List<ExplorerMessage> out) {
        if (out.size() == 1) {
            channel.writeAndFlush(out.get(0)).addListener(written);
            return;
        }
        // one buffer for the whole batch (answers to a client's thousands of row queries are small frames)
        int count = out.size();
        ChannelFutureListener batchWritten = f -> {
            pending.addAndGet(1 - count);   // written takes the last one
            written.operationComplete(f);
        };
        channel.writeAndFlush(new ExplorerBatch(out)).addListener(batchWritten);
    }

    /** Queues {@code message} and flushes. */
    public void sendNow(ExplorerMessage message) {
        send(message);
        flush();
    }

    public int pending() {
        return pending.get();
    }

    public boolean isClosed() {
        return closed;
    }

    public String name() {
        return name;
    }

    void close() {
        closed = true;   // what is still batched is dropped with the connection
        channel.close();
    }
}
