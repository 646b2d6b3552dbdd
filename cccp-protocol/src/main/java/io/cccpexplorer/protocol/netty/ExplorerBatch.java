package io.cccpexplorer.protocol.netty;

import io.cccpexplorer.protocol.explorer.ExplorerMessage;

import java.util.List;

/**
 * Several messages written to a channel at once, in order, as one buffer: one allocation and one entry in the
 * channel's outbound buffer for a batch of small frames (a live list's row queries, a server's answers to them)
 * instead of one each. On the wire it is exactly the frames of its messages, one after the other. If one of them
 * cannot be encoded, the write of the whole batch fails and nothing of it is sent.
 *
 * @param messages the messages, at least one
 */
public record ExplorerBatch(List<ExplorerMessage> messages) {

    /**
     * Copies the list.
     *
     * @param messages the messages, at least one
     */
    public ExplorerBatch {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("an empty batch");
        }
    }
}
