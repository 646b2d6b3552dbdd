package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.CccpConnectionException;
import io.cccpexplorer.client.CccpEvent;
import io.cccpexplorer.client.CccpTimeoutException;
import io.cccpexplorer.client.ServerEventListener;
import io.cccpexplorer.protocol.explorer.ClientEvent;
import io.cccpexplorer.protocol.explorer.ServerEvent;
import io.netty.channel.EventLoop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Client and server events of one connection: sending {@code client_event}s, handing pushed {@code server_event}s
 * to listeners, and matching replies to event requests (e.g. {@code load_day} → {@code day_loaded}/{@code bad_day})
 * under the request deadline. Pending replies are confined to the connection's event loop; user code runs on the
 * connection's serial executor.
 */
public final class ServerEvents {

    private final EventLoop loop;
    private final SerialExecutor events;
    private final Duration timeout;
    private final Supplier<ExplorerSession> session;
    private final List<ServerEventListener> listeners = new CopyOnWriteArrayList<>();
    private final List<PendingReply> pending = new ArrayList<>();

    ServerEvents(EventLoop loop, SerialExecutor events, Duration timeout, Supplier<ExplorerSession> session) {
        this.loop = loop;
        this.events = events;
        this.timeout = timeout;
        this.session = session;
    }

    public void addListener(ServerEventListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ServerEventListener listener) {
        listeners.remove(listener);
    }

    /** Sends an event; the stage completes once it is written, or fails fast when the connection is not ready. */
    public CompletableFuture<Void> send(CccpEvent event) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.execute(() -> {
            ExplorerSession s = session.get();
            if (s == null || !s.isOpen()) {
                events.execute(() -> done.completeExceptionally(
                        new CccpConnectionException("cannot send event " + event.name() + ": not connected")));
                return;
            }
            s.sendNow(toMessage(event)).addListener(f -> events.execute(() -> {
                if (f.isSuccess()) {
                    done.complete(null);
                } else {
                    done.completeExceptionally(new CccpConnectionException(
                            "cannot send event " + event.name() + ": " + f.cause().getMessage(), f.cause()));
                }
            }));
        });
        return done;
    }

    /**
     * Sends an event and waits for the first server event whose name is one of {@code replyNames}; silence past the
     * request timeout fails with {@link CccpTimeoutException} naming the event.
     */
    public CompletableFuture<CccpEvent> request(CccpEvent event, Set<String> replyNames) {
        CompletableFuture<CccpEvent> reply = new CompletableFuture<>();
        PendingReply entry = new PendingReply(replyNames, reply);
        loop.execute(() -> {
            pending.add(entry);
            entry.deadline = loop.schedule(() -> {
                if (pending.remove(entry)) {
                    events.execute(() -> reply.completeExceptionally(new CccpTimeoutException("event " + event.name()
                            + " got no " + String.join(" or ", replyNames) + " within " + timeout.toMillis() + " ms")));
                }
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        });
        send(event).whenComplete((ok, failure) -> {
            if (failure != null) {
                loop.execute(() -> {
                    if (pending.remove(entry)) {
                        entry.deadline.cancel(false);
                        events.execute(() -> reply.completeExceptionally(failure));
                    }
                });
            }
        });
        return reply;
    }

    /** On the event loop: a pushed server event. */
    void onServerEvent(ServerEvent message) {
        CccpEvent event = new CccpEvent(message.eventName(), message.source(), message.target(), message.delay(),
                message.object());
        for (Iterator<PendingReply> it = pending.iterator(); it.hasNext(); ) {
            PendingReply p = it.next();
            if (p.names.contains(event.name())) {
                it.remove();
                if (p.deadline != null) {
                    p.deadline.cancel(false);
                }
                events.execute(() -> p.reply.complete(event));
                break;
            }
        }
        for (ServerEventListener l : listeners) {
            events.execute(() -> l.onServerEvent(event));
        }
    }

    private static ClientEvent toMessage(CccpEvent e) {
        return new ClientEvent(ExplorerSession.SESSION_ID, "", e.source(), e.target(), e.delay(), e.name(),
                e.object());
    }

    private static final class PendingReply {
        final Set<String> names;
        final CompletableFuture<CccpEvent> reply;
        io.netty.util.concurrent.ScheduledFuture<?> deadline;

        PendingReply(Set<String> names, CompletableFuture<CccpEvent> reply) {
            this.names = Set.copyOf(names);
            this.reply = reply;
        }
    }
}
