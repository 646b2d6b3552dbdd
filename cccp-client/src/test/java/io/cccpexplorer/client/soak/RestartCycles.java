package io.cccpexplorer.client.soak;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.LiveList;
import io.cccpexplorer.client.LiveListListener;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.simulator.RunningSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * The kill/restart cycle: the simulator is stopped and started again on the same port (with another seed, so the
 * rows change while the client is away); one client connection with a live list must come back by itself. Measured:
 * from the moment the new server listens to the live list re-synchronised; checked: the rows the listener holds
 * equal what a fresh query returns (no ghost of the old server, none missing), and no row is added twice.
 */
final class RestartCycles {

    private final CccpClient client;
    private final Credentials credentials;
    private final int port;
    private final IntFunction<RunningSimulator> startSimulator;
    final List<Long> recoveryMillis = new ArrayList<>();
    long ghosts;
    long missing;
    long duplicates;
    long cycles;
    long notRecovered;

    RestartCycles(CccpClient client, Credentials credentials, int port, IntFunction<RunningSimulator> startSimulator) {
        this.client = client;
        this.credentials = credentials;
        this.port = port;
        this.startSimulator = startSimulator;
    }

    void run(int count, Duration down, Duration budget) throws Exception {
        long end = System.nanoTime() + budget.toNanos();
        Set<Integer> held = ConcurrentHashMap.newKeySet();
        Semaphore resyncs = new Semaphore(0);
        RunningSimulator sim = startSimulator.apply(0);
        try (CccpConnection c = client.connect(ServerAddress.of("127.0.0.1", port), credentials,
                ConnectionOptions.defaults()).toCompletableFuture().get(30, TimeUnit.SECONDS);
             LiveList list = c.liveList(ClientFuzz.QUERY, ClientFuzz.FORMAT, new LiveListListener() {
                 @Override
                 public void onAdded(Row row) {
                     if (!held.add(row.objectId())) {
                         synchronized (RestartCycles.this) {
                             duplicates++;
                         }
                     }
                 }

                 @Override
                 public void onRemoved(Row row) {
                     held.remove(row.objectId());
                 }

                 @Override
                 public void onResync() {
                     resyncs.release();
                 }
             })) {
            list.ready().toCompletableFuture().get(60, TimeUnit.SECONDS);
            for (int i = 1; i <= count && System.nanoTime() < end; i++) {
                sim.close();
                Thread.sleep(down.toMillis());
                resyncs.drainPermits();
                sim = startSimulator.apply(i);
                long listening = System.nanoTime();
                cycles++;
                if (!resyncs.tryAcquire(60, TimeUnit.SECONDS)) {
                    notRecovered++;
                    System.err.println("restart " + i + ": no resync within 60 s, state " + c.state());
                    continue;
                }
                recoveryMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - listening));
                compare(held, list);
            }
        } finally {
            sim.close();
        }
    }

    /** The held rows against a fresh query, a few tries apart: live traffic may change the list in between. */
    private void compare(Set<Integer> held, LiveList list) throws Exception {
        Set<Integer> server = Set.of();
        Set<Integer> mine = Set.of();
        try (CccpConnection fresh = client.connect(ServerAddress.of("127.0.0.1", port), credentials,
                ConnectionOptions.defaults().withReconnect(false)).toCompletableFuture().get(30, TimeUnit.SECONDS)) {
            for (int attempt = 0; attempt < 20; attempt++) {
                server = new HashSet<>(fresh.listIds(ClientFuzz.QUERY).toCompletableFuture().get(10, TimeUnit.SECONDS));
                mine = new HashSet<>(held);
                if (server.equals(mine) && list.snapshot().keySet().equals(mine)) {
                    return;
                }
                Thread.sleep(250);
            }
        }
        Set<Integer> ghost = new HashSet<>(mine);
        ghost.removeAll(server);
        Set<Integer> absent = new HashSet<>(server);
        absent.removeAll(mine);
        ghosts += ghost.size();
        missing += absent.size();
        System.err.println("after restart: ghosts " + ghost + ", missing " + absent);
    }
}
