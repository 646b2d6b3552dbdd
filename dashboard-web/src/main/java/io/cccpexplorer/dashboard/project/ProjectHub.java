package io.cccpexplorer.dashboard.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.client.model.ChangeKind;
import io.cccpexplorer.client.model.Change;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.client.model.FigureSettings;
import io.cccpexplorer.client.model.QueueStats;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.ConnectionStatus;
import io.cccpexplorer.dashboard.feed.FeedListener;
import io.cccpexplorer.dashboard.feed.ProjectFeed;
import io.cccpexplorer.dashboard.view.AgentCountsView;
import io.cccpexplorer.dashboard.view.AgentStatsView;
import io.cccpexplorer.dashboard.view.CallView;
import io.cccpexplorer.dashboard.view.ChartPoint;
import io.cccpexplorer.dashboard.view.DayCurveView;
import io.cccpexplorer.dashboard.view.EventView;
import io.cccpexplorer.dashboard.view.IsoTime;
import io.cccpexplorer.dashboard.view.KpiView;
import io.cccpexplorer.dashboard.view.QueueView;
import io.cccpexplorer.dashboard.view.StatusView;
import io.cccpexplorer.dashboard.view.UserView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One project as the dashboard serves it: its live feed, a bounded log of numbered events (the SSE ring buffer),
 * today's KPIs, and the browsers streaming it. Shared by every browser session viewing the project.
 */
public final class ProjectHub implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectHub.class);
    static final int RECENT_EVENTS = 50;
    /** Ended calls in a snapshot besides the live ones: the Calls tab's first page; older pages via the API. */
    static final int STATUS_HISTORY = 100;
    /**
     * How long a snapshot frame is reused for browsers that connect meanwhile (with the events published since):
     * 200 browsers opening a 5,000-agent site at once then cost one snapshot, not 200 (≈ 3 MB of JSON each).
     */
    static final long SNAPSHOT_REUSE_MILLIS = 1000;
    /**
     * How often {@link #pushCoalesced()} runs: the changed agents', calls' and queues' rows and the KPI chips' agent
     * counts follow within this delay, at most one row per object per period, while a burst of changes (thousands a
     * second on a large site) costs one snapshot and one row per object, not one each.
     */
    public static final Duration COALESCE_EVERY = Duration.ofMillis(500);

    private final ServerEntry server;
    private final ProjectFeed feed;
    private final Clock clock;
    private final ObjectMapper json;
    private final int ringSize;
    private final Object lock = new Object();
    private final ArrayDeque<Frame> ring = new ArrayDeque<>();
    /** The open streams and the views each asked for (under lock). */
    private final Map<EventSink, StreamViews> sinks = new LinkedHashMap<>();
    private final BusinessDay businessDay;
    private final DayCurve curve;
    private final FigureSettings figures;
    private final double everySeconds;
    private final AutoCloseable subscription;
    private final List<ObjLongConsumer<EventView>> taps = new CopyOnWriteArrayList<>();
    private long sequence;
    private volatile long lastUsedMillis;
    /** The snapshot frame last built for each set of views (under lock). */
    private final Map<StreamViews, SharedSnapshot> sharedSnapshots = new HashMap<>();
    /** The one snapshot being built outside the lock for each set of views, if any (under lock). */
    private final Map<StreamViews, CompletableFuture<SharedSnapshot>> buildingSnapshots = new HashMap<>();
    private boolean agentsChanged;           // under lock: an agent changed since the counts were last taken
    private AgentCountsView lastCounts;      // under lock: the counts last pushed (agents or kpi event)
    /**
     * Queues changed since the last {@link #pushCoalesced()}, by full name (under lock). A queue's row is not sent
     * per change: its day figures need a snapshot of the whole site (every agent and call of the day), and a large
     * site's 200 queues change hundreds of times a second; one snapshot and at most one row per queue per period
     * kept 200 browsers live where a snapshot and a row per change left them minutes behind.
     */
    private final PendingChanges<String, QueueStats> changedQueues = new PendingChanges<>();
    /** Queues removed while {@link #pushCoalesced()} took its snapshot: their rows of that snapshot are stale. */
    private final Set<String> queuesRemovedMeanwhile = new HashSet<>();
    /**
     * Agents and calls changed since the last {@link #pushCoalesced()}, by object id (under lock). A large site's
     * agents and calls change hundreds of times a second, an object often several times within a second (a call
     * rings, is answered and its agent turns busy); one row per object per period with its latest state, rather
     * than a row per change, is what 200 browsers' streams can carry in real time (#12).
     */
    private final PendingChanges<Integer, Agent> changedAgents = new PendingChanges<>();
    private final PendingChanges<Integer, Call> changedCalls = new PendingChanges<>();

    /** An event together with its encoded SSE frame, encoded once for every client. */
    private record Frame(EventView event, SseFrame sse) {
    }

    /** A snapshot frame as of event {@code sequence}, whose data was read from {@code builtMillis} on. */
    private record SharedSnapshot(long sequence, long builtMillis, SseFrame frame) {
    }

    /**
     * The snapshot a stream about to {@link #attach(EventSink, Long, StreamViews, PreparedSnapshot) attach} will be
     * sent, built beforehand by {@link #prepareSnapshot}.
     */
    public static final class PreparedSnapshot {
        private final SharedSnapshot shared;

        private PreparedSnapshot(SharedSnapshot shared) {
            this.shared = shared;
        }
    }

    /**
     * @param curve the project's intraday chart, which outlives this hub
     * @param every the chart's cadence (how often {@link #sample()} is called)
     * @param figures the settings the project's model computes its figures with (teams of the rows)
     */
    ProjectHub(ServerEntry server, ProjectFeed feed, Clock clock, ObjectMapper json, int ringSize,
               BusinessDay businessDay, DayCurve curve, Duration every, FigureSettings figures) {
        this.figures = figures;
        this.server = server;
        this.feed = feed;
        this.clock = clock;
        this.json = json;
        this.ringSize = ringSize;
        this.businessDay = businessDay;
        this.curve = curve;
        this.everySeconds = every.toMillis() / 1000.0;
        this.lastUsedMillis = clock.millis();
        // Event ids start from this hub's opening time (ms × 1,000), so they grow across hub lives and server
        // restarts: a browser resuming with an id of an earlier life is never mistaken for one of this life (when
        // every life counted from 0, a new life that had already passed the browser's id replayed its later
        // events without a snapshot, and the browser missed the new life's first events, alerts included).
        this.sequence = clock.millis() * 1_000;
        this.subscription = feed.subscribe(new Listener());
    }

    public ServerEntry server() {
        return server;
    }

    public String project() {
        return server.project();
    }

    public ProjectFeed feed() {
        return feed;
    }

    /** Marks the hub as in use (idle hubs without streams are closed). */
    public void touch() {
        lastUsedMillis = clock.millis();
    }

    long lastUsedMillis() {
        return lastUsedMillis;
    }

    public int streamCount() {
        synchronized (lock) {
            return sinks.size();
        }
    }

    public ConnectionStatus connection() {
        return feed.connection();
    }

    public List<UserView> users() {
        return users(feed.snapshot(), now());
    }

    public List<QueueView> queues() {
        return queues(feed.snapshot(), now());
    }

    /** All calls the feed knows, newest first. */
    public List<CallView> calls() {
        return calls(feed.snapshot(), now());
    }

    public KpiView kpis() {
        return KpiView.of(feed.snapshot()).withPoint(curve.latest(clock.instant()));
    }

    /** The projects' time zone id (every date of the API carries its offset). */
    public String timeZone() {
        return businessDay.zone().getId();
    }

    /** Every logged agent's figures since the day started, by login. */
    public List<AgentStatsView> agentStats() {
        return feed.snapshot().agentFigures().values().stream().map(AgentStatsView::of)
                .sorted(Comparator.comparing(AgentStatsView::login)).toList();
    }

    /** The intraday chart since the day started. */
    public DayCurveView curve() {
        Instant now = clock.instant();
        return new DayCurveView(project(), businessDay.zone().getId(),
                IsoTime.iso(businessDay.startOf(now).atZone(businessDay.zone()).toOffsetDateTime()), everySeconds,
                curve.points(now));
    }

    /** The last {@code limit} events, oldest first. */
    public List<EventView> events(int limit) {
        synchronized (lock) {
            List<EventView> all = new ArrayList<>(ring.size());
            for (Frame f : ring) {
                all.add(f.event());
            }
            return List.copyOf(all.subList(Math.max(0, all.size() - limit), all.size()));
        }
    }

    /** The whole status; only the ring's part is read under the lock (the rest is O(site): built outside it). */
    public StatusView status() {
        int eventCount;
        List<EventView> recent = new ArrayList<>(RECENT_EVENTS);
        synchronized (lock) {
            eventCount = ring.size();
            int skip = Math.max(0, ring.size() - RECENT_EVENTS);
            for (Frame f : ring) {
                if (skip-- <= 0) {
                    recent.add(f.event());
                }
            }
        }
        return status(feed.snapshot(), eventCount, recent, StreamViews.ALL);
    }

    /**
     * Builds the snapshot a new stream will start with, on the caller's thread and <em>outside</em> the hub's lock,
     * so the feed's listener and the other streams do not wait while a large site's picture is converted, encoded
     * and (for a browser that takes gzip) compressed: at 5,000 agents that took a few hundred milliseconds, under
     * the lock and on the connection's I/O thread. One build at a time per set of views: streams opening meanwhile
     * wait for it and share it (as they share a snapshot built less than {@link #SNAPSHOT_REUSE_MILLIS} ago).
     * The snapshot is numbered with the last event published before its data was read, so the events published
     * while it was built follow it when it is attached (the browser may get a row it already holds: rows carry
     * their whole state).
     *
     * @return null when the stream will resume from the ring (a known {@code lastEventId}): nothing to build
     */
    public PreparedSnapshot prepareSnapshot(Long lastEventId, StreamViews views, boolean compressed) {
        CompletableFuture<SharedSnapshot> building;
        boolean mine = false;
        long from = 0;
        long fromMillis = 0;
        int eventCount = 0;
        synchronized (lock) {
            if (lastEventId != null && framesAfter(lastEventId) != null) {
                return null;
            }
            SharedSnapshot shared = sharedSnapshots.get(views);
            building = buildingSnapshots.get(views);
            if (building == null && shared != null && clock.millis() - shared.builtMillis() <= SNAPSHOT_REUSE_MILLIS) {
                building = CompletableFuture.completedFuture(shared);
            } else if (building == null) {
                building = new CompletableFuture<>();
                buildingSnapshots.put(views, building);
                mine = true;
                from = sequence;   // before the data is read: every event up to here is in the snapshot
                fromMillis = clock.millis();
                eventCount = ring.size();
            }
        }
        if (mine) {
            buildSnapshot(building, views, from, fromMillis, eventCount);
        }
        SharedSnapshot snapshot = building.join();
        if (compressed) {
            snapshot.frame().deflated();   // compressed here, once, rather than on the I/O thread under the lock
        }
        return new PreparedSnapshot(snapshot);
    }

    private void buildSnapshot(CompletableFuture<SharedSnapshot> building, StreamViews views, long from,
                               long fromMillis, int eventCount) {
        try {
            SseFrame frame = SseFrame.event(from, "snapshot",
                    encode(status(feed.snapshot(), eventCount, List.of(), views)));
            SharedSnapshot built = new SharedSnapshot(from, fromMillis, frame);
            synchronized (lock) {
                buildingSnapshots.remove(views);
                SharedSnapshot known = sharedSnapshots.get(views);
                if (known == null || known.sequence() <= from) {
                    sharedSnapshots.put(views, built);
                }
            }
            building.complete(built);
        } catch (RuntimeException | Error e) {
            synchronized (lock) {
                buildingSnapshots.remove(views);
            }
            building.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Starts streaming to a browser: replays the events after {@code lastEventId} when the ring still holds all of
     * them, otherwise sends a {@code snapshot} (one built less than a second ago is reused, followed by the events
     * published since); from then on every event. No event is lost or repeated between the two, because both
     * happen under the hub's lock. The snapshot is what the browser's views need: every agent and queue, the live
     * calls and the newest ended ones (older calls are paged through {@code /api/history}), no recent events.
     */
    public void attach(EventSink sink, Long lastEventId) {
        attach(sink, lastEventId, StreamViews.ALL);
    }

    /**
     * {@link #attach(EventSink, Long)} for a stream that carries only the rows of {@code views} (its snapshot holds
     * only those lists too, with every count): a resumed stream must keep the views it had, since the events of the
     * other views were never sent to it.
     */
    public void attach(EventSink sink, Long lastEventId, StreamViews views) {
        attach(sink, lastEventId, views, null);
    }

    /**
     * {@link #attach(EventSink, Long, StreamViews)} with the snapshot {@link #prepareSnapshot} built for this
     * stream (or null): sent, with the events published since it was numbered, unless the ring no longer holds
     * all of them (then a snapshot is built here, under the lock, as without one).
     */
    public void attach(EventSink sink, Long lastEventId, StreamViews views, PreparedSnapshot prepared) {
        synchronized (lock) {
            sink.offer("retry: 3000\n\n");
            List<Frame> replay = lastEventId == null ? null : framesAfter(lastEventId);
            if (replay == null) {
                SharedSnapshot shared = prepared != null ? prepared.shared : sharedSnapshots.get(views);
                List<Frame> since = shared == null || (prepared == null
                        && clock.millis() - shared.builtMillis() > SNAPSHOT_REUSE_MILLIS)
                        ? null : framesAfter(shared.sequence());
                if (since == null) {
                    shared = new SharedSnapshot(sequence, clock.millis(),
                            SseFrame.event(sequence, "snapshot", encode(statusLocked(views))));
                    sharedSnapshots.put(views, shared);
                    since = List.of();
                }
                sink.offer(shared.frame());
                replay = since;
            }
            for (Frame f : replay) {
                if (views.carries(f.event().type())) {
                    sink.offer(f.sse());
                }
            }
            sinks.put(sink, views);
        }
    }

    /**
     * Observes every event as it is published, with the clock's time (ms) of the oldest change it carries: a
     * coalesced row waited since then (the load tool measures change → frame with it).
     */
    public AutoCloseable tap(ObjLongConsumer<EventView> tap) {
        taps.add(tap);
        return () -> taps.remove(tap);
    }

    public void detach(EventSink sink) {
        synchronized (lock) {
            sinks.remove(sink);
        }
    }

    /**
     * Takes one chart point, keeps it in the day's curve and pushes it with the figures to the browsers.
     *
     * @return the point taken
     */
    public ChartPoint sample() {
        ContactCenterSnapshot s = feed.snapshot();
        synchronized (lock) {
            ChartPoint point = ChartPoint.of(s, clock.millis());
            curve.add(point);
            KpiView kpis = KpiView.of(s).withPoint(point);
            publishLocked("kpi", null, kpis);
            lastCounts = new AgentCountsView(kpis.agentsByState(), kpis.agentsByStatus(), kpis.agentsLogged());
            // the snapshot was taken before the lock: an agents push meanwhile may be newer, so count again
            agentsChanged = true;
            return point;
        }
    }

    /**
     * Pushes what is coalesced rather than sent per change, called every {@link #COALESCE_EVERY}: one row per agent
     * and per call that changed since the last call, with its latest state and the kind the browsers need (an add
     * stays an add); one row per queue that changed, its server counters and day figures from one fresh snapshot;
     * and the agents' counts by status (an {@code agents} event) if an agent changed and the counts differ from
     * those last pushed, so the chips never wait for the next {@code kpi} push. A burst of changes costs one
     * snapshot and one row per object. Removals do not wait for this: they are sent as they happen.
     */
    public void pushCoalesced() {
        Map<String, PendingChanges.Pending<QueueStats>> queues;
        boolean countAgents;
        synchronized (lock) {
            // agents and calls carry their own state: sent under the same lock as they are drained, so a removal
            // (sent at once by the listener) can never overtake an older row of the same object
            if (!changedAgents.isEmpty() || !changedCalls.isEmpty()) {
                OffsetDateTime now = now();
                for (PendingChanges.Pending<Agent> a : changedAgents.drain()) {
                    publishLocked("user", EventView.op(a.kind()), UserView.of(a.latest(), now, figures),
                            a.sinceMillis());
                }
                for (PendingChanges.Pending<Call> c : changedCalls.drain()) {
                    publishLocked("call", EventView.op(c.kind()), CallView.of(c.latest(), now, figures),
                            c.sinceMillis());
                }
            }
            if (!agentsChanged && changedQueues.isEmpty()) {
                return;
            }
            countAgents = agentsChanged;
            agentsChanged = false;   // before the snapshot: a change arriving meanwhile is counted next time
            queues = changedQueues.drainByKey();
            queuesRemovedMeanwhile.clear();
        }
        ContactCenterSnapshot s = feed.snapshot();   // outside the lock: O(site)
        OffsetDateTime now = now();
        synchronized (lock) {
            if (countAgents) {
                AgentCountsView counts = AgentCountsView.of(s);
                if (!counts.equals(lastCounts)) {
                    lastCounts = counts;
                    publishLocked("agents", null, counts);
                }
            }
            if (!queues.isEmpty()) {
                for (QueueStats q : s.queues()) {
                    PendingChanges.Pending<QueueStats> p = queues.get(q.name());
                    if (p != null && !queuesRemovedMeanwhile.contains(q.name())) {
                        publishLocked("queue", EventView.op(p.kind()), queueView(q, s, now), p.sinceMillis());
                    }
                }
            }
        }
    }

    /**
     * Publishes an event that does not come from the feed (an {@code alert}): numbered, kept in the ring and sent
     * to every stream like the feed's own.
     */
    public void publish(String type, ChangeKind kind, Object item) {
        synchronized (lock) {
            publishLocked(type, EventView.op(kind), item);
        }
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.debug("project {}: unsubscribe failed: {}", project(), e.toString());
        }
        List<EventSink> open;
        synchronized (lock) {
            open = new ArrayList<>(sinks.keySet());
            sinks.clear();
        }
        open.forEach(s -> s.close("project closed"));
        feed.close();
    }

    /** An SSE snapshot (no recent events: the browser does not show them) built under the lock. */
    private StatusView statusLocked(StreamViews views) {
        return status(feed.snapshot(), ring.size(), List.of(), views);
    }

    /**
     * The status of the site as {@code s} shows it; needs no lock.
     *
     * @param views the lists to fill (the counts are always the site's)
     */
    private StatusView status(ContactCenterSnapshot s, int eventCount, List<EventView> recent, StreamViews views) {
        OffsetDateTime now = now();
        ConnectionStatus c = feed.connection();
        return new StatusView(eventCount, s.agents().size(), s.queues().size(), s.calls().size(),
                IsoTime.iso(s.lastChange() == null ? c.since() : s.lastChange().atOffset(now.getOffset())), recent,
                views.has(StreamViews.Row.USERS) ? users(s, now) : List.of(),
                views.has(StreamViews.Row.QUEUES) ? queues(s, now) : List.of(),
                views.has(StreamViews.Row.CALLS) ? firstPage(s, now) : List.of(), server.cccip(), server.dispatchPort(),
                server.project(), connectionView(c), KpiView.of(s).withPoint(curve.latest(now.toInstant())),
                businessDay.zone().getId());
    }

    private List<Frame> framesAfter(long lastEventId) {
        if (lastEventId == sequence) {
            return List.of();
        }
        if (lastEventId > sequence) {
            return null;   // an id from another server life: start over
        }
        List<Frame> after = new ArrayList<>();
        long expected = lastEventId + 1;
        for (Frame f : ring) {
            if (f.event().id() > lastEventId) {
                if (f.event().id() != expected) {
                    return null;
                }
                after.add(f);
                expected++;
            }
        }
        return expected == sequence + 1 ? after : null;
    }

    private void publishLocked(String type, String op, Object item) {
        publishLocked(type, op, item, clock.millis());
    }

    /** @param changedMillis when the oldest change this event carries happened */
    private void publishLocked(String type, String op, Object item, long changedMillis) {
        long id = ++sequence;
        EventView event = new EventView(id, type, IsoTime.iso(now()), project(), op, item);
        Frame frame = new Frame(event, SseFrame.event(id, type, encode(event)));
        ring.addLast(frame);
        while (ring.size() > ringSize) {
            ring.removeFirst();
        }
        for (ObjLongConsumer<EventView> tap : taps) {
            tap.accept(event, changedMillis);
        }
        // a copy: a sink that drops its slow client detaches itself from inside offer()
        for (Map.Entry<EventSink, StreamViews> s : List.copyOf(sinks.entrySet())) {
            if (s.getValue().carries(type) && !s.getKey().offer(frame.sse())) {
                sinks.remove(s.getKey());
            }
        }
    }

    private String encode(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    /** Now, in the projects' time zone: every date the API writes has its offset. */
    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), businessDay.zone());
    }

    static StatusView.ConnectionView connectionView(ConnectionStatus c) {
        return new StatusView.ConnectionView(c.state().wire(), IsoTime.iso(c.since()), c.error());
    }

    private List<UserView> users(ContactCenterSnapshot s, OffsetDateTime now) {
        return s.agents().stream().map(a -> UserView.of(a, now, figures))
                .sorted(Comparator.comparingLong(UserView::durationSeconds).reversed()).toList();
    }

    private List<QueueView> queues(ContactCenterSnapshot s, OffsetDateTime now) {
        return s.queues().stream().map(q -> queueView(q, s, now)).sorted(Comparator.comparing(QueueView::name))
                .toList();
    }

    private QueueView queueView(QueueStats q, ContactCenterSnapshot s, OffsetDateTime now) {
        return QueueView.of(q, s.queueFigures().get(q.name()), now, figures.teamsOf(List.of(q.name())));
    }

    /**
     * The Calls tab's live page: every call not ended (the browser counts and filters them), then the newest
     * {@link #STATUS_HISTORY} ended ones, newest first. The day's other ended calls stay on the server.
     */
    private List<CallView> firstPage(ContactCenterSnapshot s, OffsetDateTime now) {
        List<Call> live = new ArrayList<>();
        PriorityQueue<Call> newestEnded = new PriorityQueue<>(NEWEST_FIRST.reversed());
        for (Call c : s.calls()) {
            if (c.status() != io.cccpexplorer.client.model.CallStatus.ENDED) {
                live.add(c);
            } else {
                newestEnded.add(c);
                if (newestEnded.size() > STATUS_HISTORY) {
                    newestEnded.poll();   // the oldest of those kept
                }
            }
        }
        live.addAll(newestEnded);
        live.sort(NEWEST_FIRST);
        return live.stream().map(c -> CallView.of(c, now, figures)).toList();
    }

    private static final Comparator<Call> NEWEST_FIRST = Comparator.comparing(Call::start,
            Comparator.nullsFirst(Comparator.<OffsetDateTime>naturalOrder())).thenComparingInt(Call::objectId)
            .reversed();

    private List<CallView> calls(ContactCenterSnapshot s, OffsetDateTime now) {
        return s.calls().stream().sorted(NEWEST_FIRST).map(c -> CallView.of(c, now, figures)).toList();
    }

    /**
     * An agent's or a call's change: a removal is sent at once (and forgets the object's waiting row), an add or an
     * update waits in {@code pending} for the next {@link #pushCoalesced()}.
     */
    private <T> void coalesceLocked(PendingChanges<Integer, T> pending, int objectId, Change<T> change, String type,
                                    Function<T, Object> view) {
        if (change.kind() == ChangeKind.REMOVED) {
            pending.removed(objectId);
            publishLocked(type, EventView.op(change.kind()), view.apply(change.latest()));
        } else {
            pending.changed(objectId, change.kind(), change.latest(), clock.millis());
        }
    }

    /** Turns feed callbacks into numbered events; runs on the feed's delivery thread. */
    private final class Listener implements FeedListener {
        @Override
        public void onAgent(Change<Agent> change) {
            synchronized (lock) {
                coalesceLocked(changedAgents, change.latest().objectId(), change, "user",
                        a -> UserView.of(a, now(), figures));
                agentsChanged = true;
            }
        }

        @Override
        public void onCall(Change<Call> change) {
            synchronized (lock) {
                coalesceLocked(changedCalls, change.latest().objectId(), change, "call",
                        c -> CallView.of(c, now(), figures));
            }
        }

        @Override
        public void onQueue(Change<QueueStats> change) {
            synchronized (lock) {
                String name = change.latest().name();
                if (change.kind() == ChangeKind.REMOVED) {
                    // at once: every browser may hold the row (from its snapshot if not from a queue event)
                    changedQueues.removed(name);
                    queuesRemovedMeanwhile.add(name);
                    publishLocked("queue", EventView.op(change.kind()),
                            queueView(change.latest(), ContactCenterSnapshot.EMPTY, now()));
                } else {
                    // sent with its figures by the next pushCoalesced(); an add stays an add
                    changedQueues.changed(name, change.kind(), change.latest(), clock.millis());
                }
            }
        }

        @Override
        public void onConnection(ConnectionStatus status) {
            synchronized (lock) {
                publishLocked("connection", null, connectionView(status));
            }
        }

        @Override
        public void onResync() {
            synchronized (lock) {
                long id = ++sequence;   // deliberately not in the ring: resuming across a resync gets a snapshot
                Map<StreamViews, SseFrame> snapshots = new HashMap<>();
                for (Map.Entry<EventSink, StreamViews> s : List.copyOf(sinks.entrySet())) {
                    SseFrame frame = snapshots.computeIfAbsent(s.getValue(),
                            v -> SseFrame.event(id, "snapshot", encode(statusLocked(v))));
                    if (!s.getKey().offer(frame)) {
                        sinks.remove(s.getKey());
                    }
                }
                agentsChanged = true;
            }
        }
    }
}
