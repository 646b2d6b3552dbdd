package io.cccpexplorer.dashboard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Who may reach a dashboard without authentication: this machine only. A dashboard without users binds a
 * loopback address; asked for any other address (a container's {@code 0.0.0.0}, a LAN address, a host name) it
 * refuses to start and says what to configure, rather than serving the site to the network unauthenticated or
 * quietly binding loopback where nobody can reach it (a container's published port).
 */
public final class BindRule {

    /** IPv4 dotted quads and IPv6 literals: resolved without a name lookup. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.%\\w]*]?");

    private BindRule() {
    }

    /** @throws IllegalArgumentException {@code host} is not a loopback address and no users are configured */
    public static void check(String host, boolean authEnabled) {
        if (!authEnabled && !isLoopback(host)) {
            throw new IllegalArgumentException("host " + host + " is not a loopback address, and without users "
                    + "the dashboard serves this machine only. To serve other hosts (a container, the network) "
                    + "configure users: DASHBOARD_USERS=name:role:hash (a hash from `java -jar dashboard-web.jar "
                    + "hash-password`); to stay on this machine, bind 127.0.0.1 (the default of "
                    + "DASHBOARD_HOST/--host)");
        }
    }

    /** Loopback literals ({@code 127.0.0.0/8}, {@code ::1}) and {@code localhost}; never a DNS lookup. */
    public static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!IP_LITERAL.matcher(host).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
