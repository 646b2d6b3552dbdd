package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.CccpConnectionException;
import io.cccpexplorer.client.CccpEvent;
import io.cccpexplorer.client.CccpTimeoutException;
import io.cccpexplorer.client.ServerEventListener;
import io.cccpexplorer.protocol.explorer.ClientEvent;
import io.cccpexplorer.protocol.explorer.ServerEvent;
import io.netty.channel.EventLoop;
import io.netty.util.Timeout;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Client and server events of one connection: sending {@code client_event}s, handing pushed {@code server_event}s
 * to listeners, and matching replies to event requests (e.g. {@code load_day} → {@code day_loaded}/{@code bad_day})
 * under the request deadline. Pending replies are confined to the connection's event loop; listeners run on the
 * connection's serial executor, futures complete on its completion pool.
 */
final class ServerEvents {

    private final ConnectionCore core;
    private final EventLoop loop;
    private final SerialExecutor events;
    private final Supplier<ExplorerSession> session;
    private final List<ServerEventListener> listeners = new CopyOnWriteArrayList<>();
    private final List<PendingReply> pending = new ArrayList<>();

    ServerEvents(ConnectionCore core, Supplier<ExplorerSession> session) {
        this.core = core;
        this.loop = core.eventLoop();
        this.events = core.events();
        this.session = session;
    }

    void addListener(ServerEventListener listener) {
        listeners.add(listener);
    }

    void removeListener(ServerEventListener listener) {
        listeners.remove(listener);
    }

    /** Sends an event; the stage completes once it is written, or fails fast when the connection is not ready. */
    CompletableFuture<Void> send(CccpEvent event) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.execute(() -> {
            ExplorerSession s = session.get();
            if (s == null || !s.isOpen()) {
                core.fail(done, new CccpConnectionException("cannot send event " + event.name() + ": not connected"));
                return;
            }
            s.sendNow(toMessage(event)).addListener(f -> {
                if (f.isSuccess()) {
                    core.complete(done, null);
                } else {
                    core.fail(done, new CccpConnectionException(
                            "cannot send event " + event.name() + ": " + f.cause().getMessage(), f.cause()));
                }
            });
        });
        return done;
    }

    /**
     * Sends an event and waits for the first server event whose name is one of {@code replyNames}; silence past the
     * request timeout fails with {@link CccpTimeoutException} naming the event.
     */
    CompletableFuture<CccpEvent> request(CccpEvent event, Set<String> replyNames) {
        CompletableFuture<CccpEvent> reply = new CompletableFuture<>();
        PendingReply entry = new PendingReply(replyNames, reply);
        loop.execute(() -> {
            pending.add(entry);
            entry.deadline = core.schedule(core.options().requestTimeout(), () -> {
                if (pending.remove(entry)) {
                    core.fail(reply, new CccpTimeoutException("event " + event.name() + " got no "
                            + String.join(" or ", replyNames) + " within "
                            + core.options().requestTimeout().toMillis() + " ms"));
                }
            });
        });
        send(event).whenComplete((ok, failure) -> {
            if (failure != null) {
                loop.execute(() -> {
                    if (pending.remove(entry)) {
                        entry.deadline.cancel();
                        core.fail(reply, failure);
                    }
                });
            }
        });
        return reply;
    }

    /** On the event loop: a pushed server event. */
    void onServerEvent(ServerEvent message) {
        CccpEvent event = new CccpEvent(message.eventName(), message.source(), message.target(), message.delay(),
                EventObjects.fromWire(message.object()));
        for (Iterator<PendingReply> it = pending.iterator(); it.hasNext(); ) {
            PendingReply p = it.next();
            if (p.names.contains(event.name())) {
                it.remove();
                if (p.deadline != null) {
                    p.deadline.cancel();
                }
                core.complete(p.reply, event);
                break;
            }
        }
        for (ServerEventListener l : listeners) {
            events.execute(() -> l.onServerEvent(event));
        }
    }

    private static ClientEvent toMessage(CccpEvent e) {
        return new ClientEvent(ExplorerSession.SESSION_ID, "", e.source(), e.target(), e.delay(), e.name(),
                EventObjects.toWire(e.object()));
    }

    private static final class PendingReply {
        final Set<String> names;
        final CompletableFuture<CccpEvent> reply;
        Timeout deadline;

        PendingReply(Set<String> names, CompletableFuture<CccpEvent> reply) {
            this.names = Set.copyOf(names);
            this.reply = reply;
        }
    }
}
