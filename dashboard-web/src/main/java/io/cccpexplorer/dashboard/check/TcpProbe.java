package io.cccpexplorer.dashboard.check;

import io.cccpexplorer.dashboard.config.ServerEntry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

/** Name resolution and TCP connect, each failure named (DNS, refused, unreachable, timeout). */
public final class TcpProbe implements ServerProbe {

    @Override
    public CheckResult probe(ServerEntry server, Duration deadline) {
        String target = target(server);
        InetAddress address;
        try {
            address = InetAddress.getByName(server.cccip());
        } catch (UnknownHostException e) {
            return CheckResult.fail(target, "DNS: cannot resolve host '" + server.cccip() + "'");
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, server.dispatchPort()), (int) deadline.toMillis());
            return CheckResult.ok(target, "TCP connect to " + address.getHostAddress() + ":" + server.dispatchPort());
        } catch (ConnectException e) {
            return CheckResult.fail(target, "connection refused (nothing listens on port " + server.dispatchPort()
                    + ")");
        } catch (NoRouteToHostException e) {
            return CheckResult.fail(target, "host unreachable (no route)");
        } catch (SocketTimeoutException e) {
            return CheckResult.fail(target, "timeout: no TCP answer within " + deadline.toMillis() + " ms "
                    + "(firewall?)");
        } catch (IOException e) {
            return CheckResult.fail(target, "TCP: " + e.getMessage());
        }
    }

    static String target(ServerEntry server) {
        return "cccp " + server.project() + " " + server.cccip() + ":" + server.dispatchPort();
    }
}
