package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.netty.ExplorerBatch;
import io.netty.channel.embedded.EmbeddedChannel;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What an {@link Outbox} wrote to an {@link EmbeddedChannel}, one message at a time: a batch is its messages in order.
 */
final class OutboundMessages {

    private final EmbeddedChannel channel;
    private final Deque<ExplorerMessage> unread = new ArrayDeque<>();

    OutboundMessages(EmbeddedChannel channel) {
        this.channel = channel;
    }

    /** The next message written, {@code null} when there is none. */
    @SuppressWarnings("unchecked")
    <T extends ExplorerMessage> T next() {
        channel.runPendingTasks();
        for (Object m; unread.isEmpty() && (m = channel.readOutbound()) != null; ) {
            if (m instanceof ExplorerBatch batch) {
                unread.addAll(batch.messages());
            } else {
                unread.add((ExplorerMessage) m);
            }
        }
        return (T) unread.poll();
    }
}
