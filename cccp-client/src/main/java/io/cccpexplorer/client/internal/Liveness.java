package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.CccpTimeoutException;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.protocol.objects.ProtocolList;
import io.netty.util.Timeout;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Notices a server that stopped answering while the TCP connection stays up (a hung or stopped process, a
 * half-open link): the dispatch never sends keep-alives and a quiet contact center may push nothing for minutes,
 * so silence alone proves nothing. After {@code idle} without data the session asks a question the server must
 * answer; if nothing at all arrives within {@code probe}, the session is declared dead.
 *
 * <p>The question is a {@code query_list} matching nothing ({@code sessions} with {@code session_type eq 0}: the
 * dispatch answers with an empty list), stopped as soon as it is answered. {@code client_void}, the protocol's
 * no-op, cannot serve: the dispatch ignores it (empty handler), so it reveals a dead socket at best, never a
 * stopped server whose kernel still acknowledges our bytes.
 *
 * <p>Confined to the connection's event loop; one instance per session.
 */
final class Liveness {

    /** The probe: answered by every dispatch with an empty list. */
    static final ListQuery PROBE = ListQuery.of(0, "sessions").filter(".[session_type eq 0]");

    private final ExplorerSession session;
    private final Duration idle;
    private final Duration probe;
    private final Scheduler scheduler;
    private final LongSupplier lastData;
    private final Consumer<CccpTimeoutException> dead;
    private Timeout check;
    private long probeSentAt;
    private int probeId;
    private boolean probing;
    private boolean stopped;

    /** Schedules delayed tasks on the connection's event loop. */
    interface Scheduler {
        long nanoTime();

        Timeout schedule(Duration delay, Runnable task);
    }

    /**
     * @param lastData the ticker time of the last message received
     * @param dead     told once, when the server stayed silent after the probe
     */
    Liveness(ExplorerSession session, Duration idle, Duration probe, Scheduler scheduler, LongSupplier lastData,
             Consumer<CccpTimeoutException> dead) {
        this.session = session;
        this.idle = idle;
        this.probe = probe;
        this.scheduler = scheduler;
        this.lastData = lastData;
        this.dead = dead;
    }

    void start() {
        if (!idle.isZero()) {
            check = scheduler.schedule(idle, this::check);
        }
    }

    void stop() {
        stopped = true;
        if (check != null) {
            check.cancel();
        }
    }

    private void check() {
        if (stopped) {
            return;
        }
        long now = scheduler.nanoTime();
        long last = lastData.getAsLong();
        if (probing) {
            if (last - probeSentAt >= 0) {
                probing = false;
                session.stop(probeId);
            } else {
                long waited = now - probeSentAt;
                if (waited >= probe.toNanos()) {
                    stopped = true;
                    dead.accept(new CccpTimeoutException("server sent nothing for "
                            + Durations.text(Duration.ofNanos(now - last)) + ", not even the answer to a liveness "
                            + "probe within " + Durations.text(probe)));
                    return;
                }
                check = scheduler.schedule(Duration.ofNanos(probe.toNanos() - waited), this::check);
                return;
            }
        }
        long silent = now - last;
        if (silent < idle.toNanos()) {
            check = scheduler.schedule(Duration.ofNanos(idle.toNanos() - silent), this::check);
            return;
        }
        probing = true;
        probeSentAt = now;
        probeId = session.register(new ResponseRoute() {
            @Override
            public void onList(ProtocolList list) {
                // the arrival itself proved liveness (lastData moved); only the query is left to stop
                if (probing) {
                    probing = false;
                    session.stop(probeId);
                }
            }
        });
        session.send(Requests.queryList(probeId, PROBE));
        check = scheduler.schedule(probe, this::check);
    }
}
