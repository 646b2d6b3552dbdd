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
 * @param backoffMax            largest reconnect delay bound: once the server is back, the connection notices it
 *                              within this time (5 s by default, so live data is never stale much longer)
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
 * @param idleTimeout           liveness: after this long without any data from a READY server, the connection asks
 *                              it a question it must answer (see {@link #probeTimeout}); {@link Duration#ZERO}
 *                              disables liveness checks
 * @param probeTimeout          liveness: how long the server has to send anything after the probe before the
 *                              connection is declared dead and reconnects
 */
public record ConnectionOptions(Duration requestTimeout, Duration handshakeTimeout, boolean reconnect,
                                int initialConnectAttempts, Duration backoffMin, Duration backoffMax,
                                boolean useDefaultNamespaces, int eventQueueCapacity, int maxFrameLength,
                                int clientVersion, MessageTrace trace, int objectQueryWindow,
                                int rowQueryAttempts, Duration idleTimeout, Duration probeTimeout) {

    /** 2.10.0.12, the version {@code ccenter_report} sends. */
    public static final int VENDOR_CLIENT_VERSION = 0x020A008C;

    /**
     * Checks every value.
     *
     * @param requestTimeout         deadline of every request
     * @param handshakeTimeout       deadline of the whole handshake
     * @param reconnect              whether a lost READY connection reconnects
     * @param initialConnectAttempts attempts of the first connect
     * @param backoffMin             first reconnect delay bound
     * @param backoffMax             largest reconnect delay bound
     * @param useDefaultNamespaces   send {@code use_default_namespaces_index} after login
     * @param eventQueueCapacity     listener events queued per connection
     * @param maxFrameLength         largest accepted frame, in bytes
     * @param clientVersion          the version sent by {@code initialize}
     * @param trace                  a tap on every message
     * @param objectQueryWindow      live-list object queries awaiting their first answer
     * @param rowQueryAttempts       attempts of a live-list row's query
     * @param idleTimeout            silence before a liveness probe, zero for none
     * @param probeTimeout           how long the server has to answer the probe
     * @throws IllegalArgumentException naming the first value out of range
     */
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
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative()) {
            throw new IllegalArgumentException("idleTimeout: " + idleTimeout + " (expected: >= 0, 0 = no checks)");
        }
        requirePositive(probeTimeout, "probeTimeout");
    }

    /**
     * The defaults: 5 s per request, 10 s per handshake, reconnects with a backoff of 200 ms to 5 s, one first
     * attempt, liveness probe after 30 s of silence answered within 10 s, windows of 256 rows, 5 row attempts.
     *
     * @return the default options
     */
    public static ConnectionOptions defaults() {
        return new ConnectionOptions(Duration.ofSeconds(5), Duration.ofSeconds(10), true, 1,
                Duration.ofMillis(200), Duration.ofSeconds(5), false, 10_000, Frames.DEFAULT_MAX_FRAME_LENGTH,
                VENDOR_CLIENT_VERSION, MessageTrace.NONE, 256, 5, Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    /**
     * @param value the deadline of each request
     * @return a copy with that request timeout
     */
    public ConnectionOptions withRequestTimeout(Duration value) {
        Draft d = draft();
        d.requestTimeout = value;
        return d.build();
    }

    /**
     * @param value the deadline of the whole handshake
     * @return a copy with that handshake timeout
     */
    public ConnectionOptions withHandshakeTimeout(Duration value) {
        Draft d = draft();
        d.handshakeTimeout = value;
        return d.build();
    }

    /**
     * @param value whether a lost READY connection reconnects
     * @return a copy with that reconnect setting
     */
    public ConnectionOptions withReconnect(boolean value) {
        Draft d = draft();
        d.reconnect = value;
        return d.build();
    }

    /**
     * @param value attempts of the first connect
     * @return a copy with that number of first attempts
     */
    public ConnectionOptions withInitialConnectAttempts(int value) {
        Draft d = draft();
        d.initialConnectAttempts = value;
        return d.build();
    }

    /**
     * @param min first reconnect delay bound
     * @param max largest reconnect delay bound
     * @return a copy with that backoff
     */
    public ConnectionOptions withBackoff(Duration min, Duration max) {
        Draft d = draft();
        d.backoffMin = min;
        d.backoffMax = max;
        return d.build();
    }

    /**
     * @param value whether to send {@code use_default_namespaces_index} after login
     * @return a copy with that handshake step
     */
    public ConnectionOptions withUseDefaultNamespaces(boolean value) {
        Draft d = draft();
        d.useDefaultNamespaces = value;
        return d.build();
    }

    /**
     * @param value listener events queued per connection before live lists switch to resync mode
     * @return a copy with that capacity
     */
    public ConnectionOptions withEventQueueCapacity(int value) {
        Draft d = draft();
        d.eventQueueCapacity = value;
        return d.build();
    }

    /**
     * @param value a tap on every message, for diagnostics
     * @return a copy with that trace
     */
    public ConnectionOptions withTrace(MessageTrace value) {
        Draft d = draft();
        d.trace = value;
        return d.build();
    }

    /**
     * @param value live-list object queries awaiting their first answer per connection
     * @return a copy with that window
     */
    public ConnectionOptions withObjectQueryWindow(int value) {
        Draft d = draft();
        d.objectQueryWindow = value;
        return d.build();
    }

    /**
     * @param value attempts of a live-list row query before the row is reported failed
     * @return a copy with that number of attempts
     */
    public ConnectionOptions withRowQueryAttempts(int value) {
        Draft d = draft();
        d.rowQueryAttempts = value;
        return d.build();
    }

    /**
     * Liveness: after {@code idle} without data from a READY server the connection sends a probe, and if nothing
     * arrives within {@code probe} it closes the channel and reconnects.
     *
     * @param idle  silence before the probe, {@link Duration#ZERO} to disable liveness checks
     * @param probe how long the server has to answer the probe
     * @return a copy with that liveness setting
     */
    public ConnectionOptions withLiveness(Duration idle, Duration probe) {
        Draft d = draft();
        d.idleTimeout = idle;
        d.probeTimeout = probe;
        return d.build();
    }

    private Draft draft() {
        return new Draft(this);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + ": " + d + " (expected: > 0)");
        }
    }

    /** A mutable copy, so that each {@code with} method names only what it changes. */
    private static final class Draft {
        Duration requestTimeout;
        Duration handshakeTimeout;
        boolean reconnect;
        int initialConnectAttempts;
        Duration backoffMin;
        Duration backoffMax;
        boolean useDefaultNamespaces;
        int eventQueueCapacity;
        int maxFrameLength;
        int clientVersion;
        MessageTrace trace;
        int objectQueryWindow;
        int rowQueryAttempts;
        Duration idleTimeout;
        Duration probeTimeout;

        Draft(ConnectionOptions o) {
            requestTimeout = o.requestTimeout;
            handshakeTimeout = o.handshakeTimeout;
            reconnect = o.reconnect;
            initialConnectAttempts = o.initialConnectAttempts;
            backoffMin = o.backoffMin;
            backoffMax = o.backoffMax;
            useDefaultNamespaces = o.useDefaultNamespaces;
            eventQueueCapacity = o.eventQueueCapacity;
            maxFrameLength = o.maxFrameLength;
            clientVersion = o.clientVersion;
            trace = o.trace;
            objectQueryWindow = o.objectQueryWindow;
            rowQueryAttempts = o.rowQueryAttempts;
            idleTimeout = o.idleTimeout;
            probeTimeout = o.probeTimeout;
        }

        ConnectionOptions build() {
            return new ConnectionOptions(requestTimeout, handshakeTimeout, reconnect, initialConnectAttempts,
                    backoffMin, backoffMax, useDefaultNamespaces, eventQueueCapacity, maxFrameLength, clientVersion,
                    trace, objectQueryWindow, rowQueryAttempts, idleTimeout, probeTimeout);
        }
    }
}
