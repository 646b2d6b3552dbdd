package io.cccpexplorer.dashboard.project;

/** Where a hub pushes ready-made SSE frames: one browser's event stream. */
public interface EventSink {

    /**
     * Queues a frame without blocking. The frame is shared by every sink.
     *
     * @return false when the sink is closed, or was just closed because its client is too slow
     */
    boolean offer(SseFrame frame);

    /** Queues a frame given as text. */
    default boolean offer(String frame) {
        return offer(SseFrame.of(frame));
    }

    /** Ends the stream. */
    void close(String reason);
}
