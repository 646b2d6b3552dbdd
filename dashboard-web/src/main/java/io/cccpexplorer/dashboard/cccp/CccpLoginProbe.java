package io.cccpexplorer.dashboard.cccp;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.CccpLoginException;
import io.cccpexplorer.client.CccpTimeoutException;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.dashboard.check.CheckResult;
import io.cccpexplorer.dashboard.check.ServerProbe;
import io.cccpexplorer.dashboard.check.TcpProbe;
import io.cccpexplorer.dashboard.config.ServerEntry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code check} for one CCCP server: DNS and TCP first ({@link TcpProbe}), then handshake and login, then a small
 * list query; the first step that fails is named.
 */
public final class CccpLoginProbe implements ServerProbe, AutoCloseable {

    private final Credentials credentials;
    private final TcpProbe tcp = new TcpProbe();
    private final CccpClient client = CccpClient.create();

    public CccpLoginProbe(String login, String password) {
        this.credentials = login == null ? null : Credentials.of(login, password == null ? "" : password);
    }

    @Override
    public CheckResult probe(ServerEntry server, Duration deadline) {
        CheckResult reachable = tcp.probe(server, deadline);
        String target = "cccp " + server.project() + " " + server.cccip() + ":" + server.dispatchPort();
        if (!reachable.ok()) {
            return reachable;
        }
        if (credentials == null) {
            return CheckResult.fail(target, "TCP ok, but no CCCP credentials configured (CCCP_LOGIN, CCCP_PASSWORD)");
        }
        ConnectionOptions options = ConnectionOptions.defaults().withReconnect(false)
                .withHandshakeTimeout(deadline).withRequestTimeout(deadline);
        CccpConnection connection;
        try {
            connection = client.connect(ServerAddress.of(server.cccip(), server.dispatchPort()), credentials, options)
                    .toCompletableFuture().get(deadline.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CccpLoginException) {
                return CheckResult.fail(target, "login refused for '" + credentials.login() + "'");
            }
            if (cause instanceof CccpTimeoutException) {
                return CheckResult.fail(target, "no handshake answer within " + deadline.toMillis() + " ms (not a "
                        + "CCCP explorer port?)");
            }
            return CheckResult.fail(target, "handshake failed: " + ContactCenterFeed.reason(cause));
        } catch (TimeoutException e) {
            return CheckResult.fail(target, "timeout: no login within " + deadline.multipliedBy(2).toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.fail(target, "interrupted");
        }
        try (connection) {
            List<Integer> sessions = connection.listIds(ListQuery.of(0, "sessions")).toCompletableFuture()
                    .get(deadline.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
            return CheckResult.ok(target, "login as '" + credentials.login() + "' ok, " + sessions.size()
                    + " session(s) listed");
        } catch (ExecutionException | TimeoutException e) {
            return CheckResult.fail(target, "logged in, but no answer to a list query: "
                    + ContactCenterFeed.reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.fail(target, "interrupted");
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
