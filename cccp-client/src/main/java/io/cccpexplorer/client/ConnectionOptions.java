package io.cccpexplorer.client;

import io.cccpexplorer.protocol.wire.Frames;

import java.time.Duration;
import java.util.Objects;

/**
 * How one connection behaves. Immutable; start from {@link #defaults()} and use the {@code with} methods.
 *
 * @param requestTimeout        deadline of every request (one-shot queries; each attempt of a live-list query)
 * @param handshakeTimeout      deadline of the whole handshake (TCP connect to login_ok)
 * @param reconnect             whether a lost READY connection reconnects (live subscriptions are restored)
 * @param initialConnectAttempts attempts of the first connect before {@code connect()} fails (at least 1)
 * @param backoffMin            first reconnect delay bound (full jitter: the delay is random in 0..bound)
 * @param backoffMax            largest reconnect delay bound
 * @param useDefaultNamespaces  send {@code use_default_namespaces_index} after login (the Python client does;
 *                              {@code ccenter_report} does not)
 * @param eventQueueCapacity    listener events queued per connection before live lists switch to resync mode
 * @param maxFrameLength        largest accepted frame, in bytes
 * @param clientVersion         the version sent by {@code initialize}
 * @param trace                 a tap on every message, for diagnostics
 * @param objectQueryWindow     live-list {@code query_object}s awaiting their first answer per connection; more
 *                              wait their turn on our side, so a deadline measures the server, not our queue
 * @param rowQueryAttempts      attempts of a live-list row's {@code query_object} (each with the request
 *                              deadline, retried after a jittered backoff) before the row is reported failed
 */
public record ConnectionOptions(Duration requestTimeout, Duration handshakeTimeout, boolean reconnect,
                                int initialConnectAttempts, Duration backoffMin, Duration backoffMax,
                                boolean useDefaultNamespaces, int eventQueueCapacity, int maxFrameLength,
                                int clientVersion, MessageTrace trace, int objectQueryWindow,
                                int rowQueryAttempts) {

    /** 2.10.0.12, the version {@code ccenter_report} sends. */
    public static final int VENDOR_CLIENT_VERSION = 0x020A008C;

    public ConnectionOptions {
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(handshakeTimeout, "handshakeTimeout");
        requirePositive(backoffMin, "backoffMin");
        requirePositive(backoffMax, "backoffMax");
        if (backoffMax.compareTo(backoffMin) < 0) {
            throw new IllegalArgumentException("backoffMax: " + backoffMax + " (expected: >= " + backoffMin + ")");
        }
        if (initialConnectAttempts < 1) {
            throw new IllegalArgumentException("initialConnectAttempts: " + initialConnectAttempts
                    + " (expected: >= 1)");
        }
        if (eventQueueCapacity < 16) {
            throw new IllegalArgumentException("eventQueueCapacity: " + eventQueueCapacity + " (expected: >= 16)");
        }
        if (maxFrameLength < Frames.HEADER_LENGTH) {
            throw new IllegalArgumentException("maxFrameLength: " + maxFrameLength + " (expected: >= 8)");
        }
        Objects.requireNonNull(trace, "trace");
        if (objectQueryWindow < 1) {
            throw new IllegalArgumentException("objectQueryWindow: " + objectQueryWindow + " (expected: >= 1)");
        }
        if (rowQueryAttempts < 1) {
            throw new IllegalArgumentException("rowQueryAttempts: " + rowQueryAttempts + " (expected: >= 1)");
        }
    }

    public static ConnectionOptions defaults() {
        return new ConnectionOptions(Duration.ofSeconds(5), Duration.ofSeconds(10), true, 1,
                Duration.ofMillis(200), Duration.ofSeconds(30), false, 10_000, Frames.DEFAULT_MAX_FRAME_LENGTH,
                VENDOR_CLIENT_VERSION, MessageTrace.NONE, 256, 5);
    }

    public ConnectionOptions withRequestTimeout(Duration value) {
        return new ConnectionOptions(value, handshakeTimeout, reconnect, initialConnectAttempts, backoffMin,
                backoffMax, useDefaultNamespaces, eventQueueCapacity, maxFrameLength, clientVersion, trace,
                objectQueryWindow, rowQueryAttempts);
    }

    public ConnectionOptions withHandshakeTimeout(Duration value) {
        return new ConnectionOptions(requestTimeout, value, reconnect, initialConnectAttempts, backoffMin,
                backoffMax, useDefaultNamespaces, eventQueueCapacity, maxFrameLength, clientVersion, trace,
                objectQueryWindow, rowQueryAttempts);
    }

    public ConnectionOptions withReconnect(boolean value) {
        return new ConnectionOptions(requestTimeout, handshakeTimeout, value, initialConnectAttempts, backoffMin,
                backoffMax, useDefaultNamespaces, eventQueueCapacity, maxFrameLength, clientVersion, trace,
                objectQueryWindow, rowQueryAttempts);
    }

    public ConnectionOptions withInitialConnectAttempts(int value) {
        return new ConnectionOptions(requestTimeout, handshakeTimeout, reconnect, value, backoffMin,
                backoffMax, useDefaultNamespaces, eventQueueCapacity, maxFrameLength, clientVersion, trace,
                objectQueryWindow, rowQueryAttempts);
    }

    public ConnectionOptions withBackoff(Duration min, Duration max) {
        return new ConnectionOptions(requestTimeout, handshakeTimeout, reconnect, initialConnectAttempts, min,
                max, useDefaultNamespaces, eventQueueCapacity, maxFrameLength, clientVersion, trace,
                objectQueryWindow, rowQueryAttempts);
    }

    public ConnectionOptions withUseDefaultNamespaces(boolean value) {
        return new ConnectionOptions(requestTimeout, handshakeTimeout, reconnect, initialConnectAttempts,
                backoffMin, backoffMax, value, eventQueueCapacity, maxFrameLength, clientVersion, trace,
                objectQueryWindow, rowQueryAttempts);
    }

    public ConnectionOptions withEventQueueCapacity(int value) {
        return new ConnectionOptions(requestTimeout, handshakeTimeout, reconnect, initialConnectAttempts,
                backoffMin, backoffMax, useDefaultNamespaces, value, maxFrameLength, clientVersion, trace,
                objectQueryWindow, rowQueryAttempts);
    }

    public ConnectionOptions withTrace(MessageTrace value) {
        return new ConnectionOptions(requestTimeout, handshakeTimeout, reconnect, initialConnectAttempts,
                backoffMin, backoffMax, useDefaultNamespaces, eventQueueCapacity, maxFrameLength, clientVersion,
                value, objectQueryWindow, rowQueryAttempts);
    }

    public ConnectionOptions withObjectQueryWindow(int value) {
        return new ConnectionOptions(requestTimeout, handshakeTimeout, reconnect, initialConnectAttempts,
                backoffMin, backoffMax, useDefaultNamespaces, eventQueueCapacity, maxFrameLength, clientVersion,
                trace, value, rowQueryAttempts);
    }

    public ConnectionOptions withRowQueryAttempts(int value) {
        return new ConnectionOptions(requestTimeout, handshakeTimeout, reconnect, initialConnectAttempts,
                backoffMin, backoffMax, useDefaultNamespaces, eventQueueCapacity, maxFrameLength, clientVersion,
                trace, objectQueryWindow, value);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + ": " + d + " (expected: > 0)");
        }
    }
}
