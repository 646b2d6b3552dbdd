package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.wire.Frames;
import java.time.Duration;

/**
 * What one project's explorer server grants a connection before and after its login, so that nobody can pin the
 * server's memory without credentials (an 8 MiB frame declared, half sent and held once cost 8.6 MiB of RSS per
 * socket, 517 MiB for 60 sockets).
 *
 * @param maxConnections    open connections at most; one more is closed at once (and the refusals logged once
 *                          per episode)
 * @param preLoginMaxFrame  largest frame accepted before the login succeeded (login, initialize and the like are
 *                          a few hundred bytes)
 * @param maxFrame          largest frame accepted afterwards
 * @param loginTimeout      a connection without a successful login after this long is closed
 */
public record ConnectionLimits(int maxConnections, int preLoginMaxFrame, int maxFrame, Duration loginTimeout) {

    public static final ConnectionLimits DEFAULT = new ConnectionLimits(1024, 64 * 1024,
            Frames.DEFAULT_MAX_FRAME_LENGTH, Duration.ofSeconds(30));

    public ConnectionLimits {
        if (maxConnections < 1 || preLoginMaxFrame < Frames.HEADER_LENGTH || maxFrame < preLoginMaxFrame
                || loginTimeout.isNegative() || loginTimeout.isZero()) {
            throw new IllegalArgumentException("connection limits: " + maxConnections + " connections, frames "
                    + preLoginMaxFrame + "/" + maxFrame + " bytes, login within " + loginTimeout);
        }
    }
}
