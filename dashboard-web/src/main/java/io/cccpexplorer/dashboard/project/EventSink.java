package io.cccpexplorer.dashboard.project;

/** Where a hub pushes ready-made SSE frames: one browser's event stream. */
public interface EventSink {

    /**
     * Queues a frame without blocking. The array is shared by every sink and must not be changed.
     *
     * @param utf8Frame one complete SSE frame, UTF-8 encoded
     * @return false when the sink is closed, or was just closed because its client is too slow
     */
    boolean offer(byte[] utf8Frame);

    /** Queues a frame given as text. */
    default boolean offer(String frame) {
        return offer(frame.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Ends the stream. */
    void close(String reason);
}
