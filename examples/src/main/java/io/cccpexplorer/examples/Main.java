package io.cccpexplorer.examples;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.CccpException;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ServerAddress;

import java.io.PrintStream;
import java.util.concurrent.ExecutionException;

/**
 * The sample application: {@code Main HOST PORT LOGIN PASSWORD [SECONDS]} connects, prints the waiting calls per
 * queue, then follows the agents for a while, telling every connection state change.
 */
public final class Main {

    private Main() {
    }

    /**
     * @param args host, port, login, password and how many seconds to follow the agents (default 10)
     * @throws InterruptedException if interrupted while following
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length < 4) {
            System.err.println("usage: Main HOST PORT LOGIN PASSWORD [SECONDS]");
            System.exit(2);
        }
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        System.exit(run(ServerAddress.of(args[0], Integer.parseInt(args[1])), Credentials.of(args[2], args[3]),
                seconds, System.out));
    }

    static int run(ServerAddress address, Credentials credentials, int seconds, PrintStream out)
            throws InterruptedException {
        try (CccpClient client = CccpClient.create()) {
            CccpConnection conn = client.connect(address, credentials, ConnectionOptions.defaults())
                    .toCompletableFuture().get();
            ConnectionWatch.of(conn, state -> out.println("connection: " + state));
            WaitingCalls.perQueue(conn.sync()).forEach((queue, n) -> out.println(queue + ": " + n + " waiting"));
            try (AgentsLive agents = new AgentsLive(conn, out::println)) {
                agents.ready().toCompletableFuture().get();
                Thread.sleep(seconds * 1000L);
            }
            return 0;
        } catch (ExecutionException e) {
            // the client's messages are written for people: no stack trace
            out.println("error: " + (e.getCause() instanceof CccpException c ? c.getMessage() : e.getCause()));
            return 1;
        }
    }
}
