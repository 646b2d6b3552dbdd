package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.wire.Frames;
import java.time.Duration;

/**
 * What one project's explorer server grants a connection before and after its login, so that nobody can pin the
 * server's memory without credentials (an 8 MiB frame declared, half sent and held once cost 8.6 MiB of RSS per
 * socket, 517 MiB for 60 sockets), nor with them by holding a frame half sent.
 *
 * @param maxConnections    open connections at most; one more is closed at once (and the refusals logged once
 *                          per episode)
 * @param preLoginMaxFrame  largest frame accepted before the login succeeded (login, initialize and the like are
 *                          a few hundred bytes)
 * @param maxFrame          largest frame accepted afterwards
 * @param loginTimeout      a connection without a successful login after this long is closed
 * @param frameTimeout      a frame whose first bytes arrived must be complete this long after, before and after
 *                          the login, or the connection is closed; a connection idle between frames is never
 *                          closed for it (clients stay idle between queries; their liveness probe covers silence)
 */
public record ConnectionLimits(int maxConnections, int preLoginMaxFrame, int maxFrame, Duration loginTimeout,
                               Duration frameTimeout) {

    /** Default {@link #frameTimeout()}: an 8 MiB frame at 280 KiB/s still arrives in time. */
    public static final Duration DEFAULT_FRAME_TIMEOUT = Duration.ofSeconds(30);

    public static final ConnectionLimits DEFAULT = new ConnectionLimits(1024, 64 * 1024,
            Frames.DEFAULT_MAX_FRAME_LENGTH, Duration.ofSeconds(30), DEFAULT_FRAME_TIMEOUT);

    public ConnectionLimits {
        if (maxConnections < 1 || preLoginMaxFrame < Frames.HEADER_LENGTH || maxFrame < preLoginMaxFrame
                || !positive(loginTimeout) || !positive(frameTimeout)) {
            throw new IllegalArgumentException("connection limits: " + maxConnections + " connections, frames "
                    + preLoginMaxFrame + "/" + maxFrame + " bytes, login within " + loginTimeout
                    + ", a frame complete within " + frameTimeout);
        }
    }

    /** Limits with the {@link #DEFAULT_FRAME_TIMEOUT default frame timeout}. */
    public ConnectionLimits(int maxConnections, int preLoginMaxFrame, int maxFrame, Duration loginTimeout) {
        this(maxConnections, preLoginMaxFrame, maxFrame, loginTimeout, DEFAULT_FRAME_TIMEOUT);
    }

    /** These limits with another {@link #frameTimeout()}. */
    public ConnectionLimits withFrameTimeout(Duration timeout) {
        return new ConnectionLimits(maxConnections, preLoginMaxFrame, maxFrame, loginTimeout, timeout);
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }
}
