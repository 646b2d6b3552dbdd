package io.cccpexplorer.client;

import java.util.Objects;

/**
 * Where an explorer server (normally {@code ccenter_dispatch}) listens.
 *
 * @param host a host name or address, never {@code null}
 * @param port a TCP port, 1..65535
 */
public record ServerAddress(String host, int port) {

    /**
     * Checks the host and the port.
     *
     * @param host a host name or address
     * @param port a TCP port, 1..65535
     */
    public ServerAddress {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host: blank (expected: a host name or address)");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port: " + port + " (expected: 1..65535)");
        }
    }

    /**
     * @param host a host name or address
     * @param port a TCP port, 1..65535
     * @return the address
     */
    public static ServerAddress of(String host, int port) {
        return new ServerAddress(host, port);
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
