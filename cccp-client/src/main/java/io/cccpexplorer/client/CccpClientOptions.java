package io.cccpexplorer.client;

/**
 * Shared resources of a {@link CccpClient}.
 *
 * @param ioThreads Netty event-loop threads shared by all connections (each connection stays on one of them)
 */
public record CccpClientOptions(int ioThreads) {

    /**
     * Checks the values.
     *
     * @param ioThreads Netty event-loop threads, at least 1
     */
    public CccpClientOptions {
        if (ioThreads < 1) {
            throw new IllegalArgumentException("ioThreads: " + ioThreads + " (expected: >= 1)");
        }
    }

    /** @return as many I/O threads as processors, at most 4 */
    public static CccpClientOptions defaults() {
        return new CccpClientOptions(Math.min(4, Runtime.getRuntime().availableProcessors()));
    }
}
