package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages on their way to one client, in order, bounded. Each write counts as pending until the socket
 * took it; a client that stops reading makes the channel unwritable and the count grow, and once it passes the
 * limit the connection is closed with a logged reason instead of letting server memory grow.
 */
public final class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final Channel channel;
    private final String name;
    private final int maxPending;
    private final AtomicInteger pending = new AtomicInteger();
    private final ChannelFutureListener written;
    private volatile boolean closed;
    private boolean unflushed;

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
            log.warn("{}: client too slow, more than {} messages pending and the socket full; disconnecting", name, maxPending);
            close();
            return;
        }
        channel.write(message).addListener(written);
        unflushed = true;
    }

    /** Pushes what was queued since the last flush. */
    public void flush() {
        if (unflushed && !closed) {
            unflushed = false;
            channel.flush();
        }
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
        closed = true;
        channel.close();
    }
}
