package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.netty.ExplorerChannelCodec;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.simulator.db.DbList;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import io.cccpexplorer.simulator.query.filter.Filter;
import io.cccpexplorer.simulator.query.filter.FilterCache;
import io.cccpexplorer.simulator.query.filter.FilterSyntaxException;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.util.concurrent.TimeUnit;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The explorer server of one project: a listening socket whose connections each get the cccp-protocol codec
 * and an {@link ExplorerConnection}, the latter running on the project's database thread so that every request
 * and every live push is serialized with the database changes. When that thread is an {@link EventLoop} (as
 * {@code ProjectRuntime} makes it) the listening socket and the connections are registered on it: accepting,
 * reading, answering and writing is one thread's work, as in the single-threaded dispatch, with no wake-up of another
 * thread in between; otherwise {@code boss} accepts and {@code workers} carry the connections.
 */
public final class ExplorerServer {

    private static final Logger LOG = LoggerFactory.getLogger(ExplorerServer.class);

    private final String project;
    private final DispatchDatabase db;
    private final EventExecutor dbThread;
    private final Clock clock;
    private final ZoneOffset offset;
    private final Authenticator authenticator;
    private final DayLoader dayLoader;
    private final int maxPendingMessages;
    private final String eventSource;
    private final QueryHub hub;
    private final ConnectionLimits limits;
    private final AtomicInteger refusedAtLimit = new AtomicInteger();
    private final Set<ExplorerConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connectionIds = new AtomicInteger();
    private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private Channel serverChannel;
    private ObjectAnswerDelay objectAnswerDelay = ObjectAnswerDelay.NONE;
    /** The filters of the queries, parsed once per text; confined to the database thread. */
    private final FilterCache filters = new FilterCache(256);

    /**
     * @param project            project name, for logs
     * @param db                 the database served, confined to {@code dbThread}
     * @param dbThread           the single thread that owns the database
     * @param clock              the server's clock (connection_ok date, time windows)
     * @param offset             the server's UTC offset (dates sent, date literals in filters)
     * @param authenticator      login policy
     * @param dayLoader          what the load_day event loads
     * @param maxPendingMessages how many messages a client may have unsent before it is disconnected
     * @param eventSource        the source of server events, {@code PID.EPOCH.PROCESS.HOST}
     */
    public ExplorerServer(String project, DispatchDatabase db, EventExecutor dbThread, Clock clock, ZoneOffset offset,
                          Authenticator authenticator, DayLoader dayLoader, int maxPendingMessages,
                          String eventSource) {
        this(project, db, dbThread, clock, offset, authenticator, dayLoader, maxPendingMessages, eventSource,
                ConnectionLimits.DEFAULT);
    }

    /** @param limits what a connection may hold before and after its login, and how many may be open */
    public ExplorerServer(String project, DispatchDatabase db, EventExecutor dbThread, Clock clock, ZoneOffset offset,
                          Authenticator authenticator, DayLoader dayLoader, int maxPendingMessages, String eventSource,
                          ConnectionLimits limits) {
        this.limits = limits;
        this.project = project;
        this.db = db;
        this.dbThread = dbThread;
        this.clock = clock;
        this.offset = offset;
        this.authenticator = authenticator;
        this.dayLoader = dayLoader;
        this.maxPendingMessages = maxPendingMessages;
        this.eventSource = eventSource;
        this.hub = new QueryHub(clock);
        db.addListener(hub);
        db.statisticsTime(clock, offset);
        db.statisticsSampledFrom(clock.instant());   // the dispatch samples its statistics while it runs
    }

    /** Binds and listens; returns the bound port (useful with port 0). */
    @SuppressWarnings("deprecation")   // a handler bound to the database thread when the connection's loop is another
    public int start(String bindAddress, int port, EventLoopGroup boss, EventLoopGroup workers)
            throws InterruptedException {
        // a database thread that is an event loop accepts and carries its connections itself: no hand-off of a
        // new connection nor of a request to another thread, each of which waits for a free core on a busy machine
        EventLoopGroup acceptor = dbThread instanceof EventLoop loop ? loop : boss;
        EventLoopGroup children = dbThread instanceof EventLoop loop ? loop : workers;
        // no TCP_NODELAY option: Netty sets it on every accepted socket of both transports (off Android), and a
        // second setsockopt per connection is time the client waits for (#11)
        ServerBootstrap b = new ServerBootstrap()
                .group(acceptor, children)
                .channel(Transport.of(acceptor).serverChannel())
                .option(ChannelOption.SO_BACKLOG, 64)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(64 * 1024, 256 * 1024))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        String name = "[conn=" + connectionIds.incrementAndGet() + " " + project + "@"
                                + ch.remoteAddress() + "]";
                        if (!admit(name)) {
                            ch.close();
                            return;
                        }
                        channels.add(ch);
                        ExplorerChannelCodec codec = new ExplorerChannelCodec(limits.maxFrame());
                        ch.pipeline().addLast("cccp", codec);
                        ch.pipeline().addLast("guard", new ConnectionGuard(codec, limits, name));
                        ExplorerConnection connection = new ExplorerConnection(ExplorerServer.this, name);
                        if (ch.eventLoop() == dbThread) {
                            // already confined: a context bound to the same thread would re-check it at every event
                            ch.pipeline().addLast("explorer", connection);
                        } else {
                            ch.pipeline().addLast(dbThread, "explorer", connection);
                        }
                    }
                });
        serverChannel = b.bind(new InetSocketAddress(bindAddress, port)).sync().channel();
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    /**
     * Whether one more connection may open. Refusals are logged once per episode at the limit (the first, then
     * how many when the count falls back), not once per connection of a flood.
     */
    private boolean admit(String name) {
        if (channels.size() < limits.maxConnections()) {
            int refused = refusedAtLimit.getAndSet(0);
            if (refused > 0) {
                LOG.warn("project {}: {} connection(s) refused while at the limit of {}", project, refused,
                        limits.maxConnections());
            }
            return true;
        }
        if (refusedAtLimit.getAndIncrement() == 0) {
            LOG.warn("{}: refused: {} connections open (the limit); further refusals are counted, not logged",
                    name, limits.maxConnections());
        }
        return false;
    }

    /** Time passed: windowed queries re-check their members. Call on the database thread. */
    public void tick() {
        hub.onTick();
    }

    /** A test seam: how late {@code query_object}s are answered (default: at once). Call before {@link #start}. */
    public void objectAnswerDelay(ObjectAnswerDelay delay) {
        this.objectAnswerDelay = java.util.Objects.requireNonNull(delay, "delay");
    }

    ObjectAnswerDelay objectAnswerDelay() {
        return objectAnswerDelay;
    }

    /** Stops listening and closes every connection. */
    public void close() {
        if (serverChannel != null) {
            serverChannel.close().syncUninterruptibly();
        }
        channels.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        db.removeListener(hub);
    }

    /** Open connections. */
    public int connectionCount() {
        return connections.size();
    }

    /**
     * Rows that entered a followed live list since the start (a client then queries each one's values). Call on
     * the database thread.
     */
    public long rowsEntered() {
        return hub.rowsEntered();
    }

    /**
     * Live queries (list, object), then the distinct (object, format) views the object queries share. Call on
     * the database thread.
     */
    public int[] queryCounts() {
        return new int[] {hub.listQueryCount(), hub.objectQueryCount(), hub.objectViewCount()};
    }

    ListQuery openList(Outbox outbox, int sessionId, int systemId, DbList list, Filter filter, String windowField,
                       int windowDuration) {
        ListQuery q = new ListQuery(hub, outbox, sessionId, systemId, list, filter, windowField,
                windowDuration, offset);
        q.start(clock.instant());
        return q;
    }

    /** The shared instance of {@code format}: clients sending the same format share one tree and its evaluations. */
    /** The filter of a query, parsed once per text (see {@link FilterCache}). Call on the database thread. */
    Filter filter(String text) throws FilterSyntaxException {
        return filters.parse(text);
    }

    ObjectFormat canonical(ObjectFormat format) {
        return hub.canonical(format);
    }

    ObjectQuery openObject(Outbox outbox, int sessionId, int systemId, DbObject target, ObjectFormat format,
                           int listSystemId) {
        ObjectQuery q = new ObjectQuery(hub, outbox, sessionId, systemId,
                new ObjectView.Key(target, format), listSystemId);
        q.start();
        return q;
    }

    void connected(ExplorerConnection c) {
        connections.add(c);
    }

    void disconnected(ExplorerConnection c) {
        connections.remove(c);
    }

    DispatchDatabase database() {
        return db;
    }

    Clock clock() {
        return clock;
    }

    ZoneOffset offset() {
        return offset;
    }

    Authenticator authenticator() {
        return authenticator;
    }

    DayLoader dayLoader() {
        return dayLoader;
    }

    int maxPendingMessages() {
        return maxPendingMessages;
    }

    String eventSource() {
        return eventSource;
    }
}
