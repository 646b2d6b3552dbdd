package io.cccpexplorer.client.testing;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.explorer.ConnectionOk;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.explorer.Initialize;
import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.explorer.Login;
import io.cccpexplorer.protocol.explorer.LoginFailed;
import io.cccpexplorer.protocol.explorer.LoginOk;
import io.cccpexplorer.protocol.explorer.ObjectResponse;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.explorer.QueryObject;
import io.cccpexplorer.protocol.explorer.SetObjectFormat;
import io.cccpexplorer.protocol.explorer.StopQuery;
import io.cccpexplorer.protocol.explorer.UseDefaultNamespacesIndex;
import io.cccpexplorer.protocol.explorer.UseDefaultNamespacesIndexOk;
import io.cccpexplorer.protocol.netty.ExplorerChannelCodec;
import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ListItem;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.objects.ObjectValue;
import io.cccpexplorer.protocol.objects.ProtocolList;
import io.cccpexplorer.protocol.objects.ProtocolObject;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A scripted explorer server for client tests: a Netty server on 127.0.0.1 (ephemeral port, or a given one to
 * come back after a restart) with our codec and a tiny database — lists of objects whose fields are addressed
 * by dotted paths. It answers like the dispatch: snapshots then one list_response per change, full object
 * values then deltas, silence for unknown lists/objects. Knobs: refuse logins, stay silent, answer object
 * queries late or never ({@link ObjectAnswers}), send raw bytes, drop every connection, stop and restart. It
 * counts the object queries outstanding (received, neither answered nor stopped) and remembers the most seen at
 * once. All state is touched on the server's single event loop.
 */
public final class FakeDispatch implements AutoCloseable {

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final ChannelGroup clients = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final BlockingQueue<ExplorerMessage> received = new LinkedBlockingQueue<>();
    private final Map<String, Map<Integer, Map<String, FieldValue>>> lists = new HashMap<>();
    private final List<Query> queries = new ArrayList<>();
    private final Map<Integer, Integer> objectAttempts = new HashMap<>();
    private final java.util.Set<Outstanding> outstanding = new java.util.HashSet<>();
    private volatile ObjectAnswers objectAnswers = (objectId, attempt) -> 0;
    private int maxOutstanding;
    private volatile String loginRefusal;
    private volatile boolean silent;
    private Channel server;
    private int port;

    public FakeDispatch() throws InterruptedException {
        start(0);
    }

    public int port() {
        return port;
    }

    /** Every message received from clients, in order. */
    public BlockingQueue<ExplorerMessage> received() {
        return received;
    }

    /** The next received message of {@code type}, skipping others; fails after 5 s. */
    public <T extends ExplorerMessage> T next(Class<T> type) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < end) {
            ExplorerMessage m = received.poll(50, TimeUnit.MILLISECONDS);
            if (type.isInstance(m)) {
                return type.cast(m);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within 5 s");
    }

    public void refuseLogins(String reason) {
        this.loginRefusal = reason;
    }

    /** Stops answering queries (the dispatch's answer to unknown targets). */
    public void silence(boolean value) {
        this.silent = value;
    }

    /** When to answer each {@code query_object}. */
    @FunctionalInterface
    public interface ObjectAnswers {

        /** Never answer (the answer is lost). */
        long NEVER = -1;

        /**
         * @param attempt 1 for the first {@code query_object} on {@code objectId}, 2 for the next, ...
         * @return the delay before answering in ms (0 = at once), or {@link #NEVER}
         */
        long delayMillis(int objectId, int attempt);
    }

    public void answerObjects(ObjectAnswers answers) {
        this.objectAnswers = answers;
    }

    /** The most object queries outstanding at once (received, neither answered nor stopped), all clients. */
    public int maxOutstandingObjectQueries() {
        int[] n = new int[1];
        onLoop(() -> n[0] = maxOutstanding);
        return n[0];
    }

    /** How many {@code query_object}s were received for {@code objectId}. */
    public int objectQueryCount(int objectId) {
        int[] n = new int[1];
        onLoop(() -> n[0] = objectAttempts.getOrDefault(objectId, 0));
        return n[0];
    }

    /** Puts an object into a list, telling live list queries (action 1). */
    public void put(String list, int objectId, Map<String, FieldValue> values) {
        onLoop(() -> {
            boolean added = lists.computeIfAbsent(list, k -> new LinkedHashMap<>())
                    .put(objectId, new HashMap<>(values)) == null;
            for (Query q : List.copyOf(queries)) {
                if (added && list.equals(q.list) && q.matches(values)) {
                    q.channel.writeAndFlush(new ListResponse(1, q.systemId,
                            new ProtocolList(List.of(ListItem.added(objectId, 0)))));
                } else if (!added && q.objectId == objectId && q.format != null) {
                    q.send(values(q.format, values));
                }
            }
        });
    }

    /** Creates an empty list (a list the server does not know gets no answer at all). */
    public void createList(String list) {
        onLoop(() -> lists.computeIfAbsent(list, k -> new LinkedHashMap<>()));
    }

    /** Changes fields of an object, pushing deltas to live object queries. */
    public void update(String list, int objectId, Map<String, FieldValue> changes) {
        onLoop(() -> {
            Map<String, FieldValue> o = lists.getOrDefault(list, Map.of()).get(objectId);
            if (o == null) {
                return;
            }
            o.putAll(changes);
            for (Query q : List.copyOf(queries)) {
                if (q.list == null && q.objectId == objectId) {
                    q.send(values(q.format, changes));
                }
            }
        });
    }

    /** Removes an object with list action 2 (filtered out) or 3 (deleted). */
    public void remove(String list, int objectId, int action) {
        onLoop(() -> {
            lists.getOrDefault(list, new HashMap<>()).remove(objectId);
            for (Query q : List.copyOf(queries)) {
                if (list.equals(q.list)) {
                    q.channel.writeAndFlush(new ListResponse(1, q.systemId,
                            new ProtocolList(List.of(new ListItem(action, null, objectId, 0)))));
                }
            }
        });
    }

    /** Writes raw bytes to every client (e.g. a malformed frame). */
    public void sendRaw(byte[] bytes) {
        clients.writeAndFlush(Unpooled.wrappedBuffer(bytes));
    }

    /** Sends a message to every client. */
    public void broadcast(ExplorerMessage message) {
        clients.writeAndFlush(message);
    }

    /** Closes every client connection (the server keeps listening). */
    public void dropConnections() {
        clients.close().syncUninterruptibly();
    }

    /** Stops listening and drops the clients; {@link #restart()} listens again on the same port. */
    public void stop() {
        server.close().syncUninterruptibly();
        dropConnections();
    }

    /**
     * Listens again on the same port. NIO closes a listening socket only once its selector has run again, so
     * the bind is retried a few times (bounded) while that happens.
     */
    public void restart() throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                start(port);
                return;
            } catch (Exception e) {
                if (!(e instanceof java.net.BindException) || attempt == 50) {
                    throw e;
                }
                onLoop(() -> { });
                TimeUnit.MILLISECONDS.sleep(20);
            }
        }
    }

    public int liveQueries() {
        int[] n = new int[1];
        onLoop(() -> n[0] = queries.size());
        return n[0];
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        clients.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private void onLoop(Runnable task) {
        group.next().submit(task).syncUninterruptibly();
    }

    private void start(int wantedPort) throws InterruptedException {
        // SO_REUSEADDR: a restart binds the same port while the dropped connections are in TIME_WAIT
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .option(io.netty.channel.ChannelOption.SO_REUSEADDR, true)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        clients.add(ch);
                        ch.pipeline().addLast(new ExplorerChannelCodec(), new Handler());
                    }
                }).bind("127.0.0.1", wantedPort).sync().channel();
        port = ((java.net.InetSocketAddress) server.localAddress()).getPort();
    }

    private static List<ObjectValue> values(ObjectFormat format, Map<String, FieldValue> values) {
        List<ObjectValue> out = new ArrayList<>();
        for (FormatField top : format.fields()) {
            collect(top, "", values, out);
        }
        return out;
    }

    private static void collect(FormatField node, String prefix, Map<String, FieldValue> values,
                                List<ObjectValue> out) {
        String path = prefix.isEmpty() ? node.name() : prefix + "." + node.name();
        if (node.isLeaf()) {
            FieldValue v = values.get(path);
            if (v != null) {
                out.add(new ObjectValue(node.fieldIndex(), v));
            }
        } else {
            node.fields().forEach(child -> collect(child, path, values, out));
        }
    }

    /** A string value. */
    public static FieldValue str(String s) {
        return new FieldValue.Str(s);
    }

    public static FieldValue u32(int v) {
        return new FieldValue.U32(v);
    }

    public static FieldValue date(long seconds, int offset) {
        return new FieldValue.Date(new CccpDate(seconds, 0, offset));
    }

    private static final java.util.regex.Pattern SESSION_TYPE =
            java.util.regex.Pattern.compile("session_type eq (\\d+)");

    private record Outstanding(Channel channel, int systemId) {
    }

    private final class Query {
        final Channel channel;
        final int systemId;
        final String list;
        final int objectId;
        final ObjectFormat format;
        final Integer sessionType;

        Query(Channel channel, int systemId, String list, int objectId, ObjectFormat format, String filter) {
            this.channel = channel;
            this.systemId = systemId;
            this.list = list;
            this.objectId = objectId;
            this.format = format;
            java.util.regex.Matcher m = SESSION_TYPE.matcher(filter);
            this.sessionType = m.find() ? Integer.valueOf(m.group(1)) : null;
        }

        /** The one filter this fake understands: {@code session_type eq N}; any other filter matches all. */
        boolean matches(Map<String, FieldValue> values) {
            return sessionType == null || new FieldValue.U32(sessionType).equals(values.get("session_type"));
        }

        void send(List<ObjectValue> values) {
            if (!values.isEmpty()) {
                channel.writeAndFlush(new ObjectResponse(1, systemId, new ProtocolObject(values), 0));
            }
        }
    }

    private final class Handler extends SimpleChannelInboundHandler<ExplorerMessage> {
        private final Map<Integer, ObjectFormat> formats = new HashMap<>();

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ExplorerMessage m) {
            received.add(m);
            Channel ch = ctx.channel();
            if (m instanceof Initialize) {
                ch.writeAndFlush(new ConnectionOk(0x020A008C, new CccpDate(1_770_000_000L, 0, 3600)));
            } else if (m instanceof Login l) {
                String refusal = loginRefusal;
                ch.writeAndFlush(refusal != null ? new LoginFailed(l.sessionId(), refusal)
                        : new LoginOk(l.sessionId(), "", ""));
            } else if (m instanceof UseDefaultNamespacesIndex) {
                ch.writeAndFlush(UseDefaultNamespacesIndexOk.INSTANCE);
            } else if (m instanceof SetObjectFormat f && f.format() != null) {
                formats.put(f.format().formatId(), f.format());
            } else if (m instanceof StopQuery s) {
                queries.removeIf(q -> q.channel == ch && q.systemId == s.systemId());
                outstanding.remove(new Outstanding(ch, s.systemId()));
            } else if (silent) {
                return;
            } else if (m instanceof QueryList q) {
                Map<Integer, Map<String, FieldValue>> list = lists.get(q.field());
                if (list == null) {
                    return;
                }
                Query query = new Query(ch, q.systemId(), q.field(), 0, null, q.filter());
                queries.add(query);
                List<ListItem> items = new ArrayList<>();
                list.forEach((id, values) -> {
                    if (query.matches(values)) {
                        items.add(ListItem.added(id, items.size()));
                    }
                });
                ch.writeAndFlush(new ListResponse(1, q.systemId(), new ProtocolList(items)));
            } else if (m instanceof QueryObject q) {
                ObjectFormat format = formats.get(q.formatId());
                Map<String, FieldValue> object = null;
                for (Map<Integer, Map<String, FieldValue>> list : lists.values()) {
                    object = object != null ? object : list.get(q.objectId());
                }
                int attempt = objectAttempts.merge(q.objectId(), 1, Integer::sum);
                Outstanding key = new Outstanding(ch, q.systemId());
                outstanding.add(key);
                maxOutstanding = Math.max(maxOutstanding, outstanding.size());
                if (format == null || object == null) {
                    return;
                }
                long delay = objectAnswers.delayMillis(q.objectId(), attempt);
                Map<String, FieldValue> values = object;
                if (delay == 0) {
                    answer(key, q.objectId(), format, values);
                } else if (delay > 0) {
                    ch.eventLoop().schedule(() -> answer(key, q.objectId(), format, values), delay,
                            TimeUnit.MILLISECONDS);
                }
            }
        }

        /** Answers unless the query was stopped meanwhile; from then on the object's changes are pushed. */
        private void answer(Outstanding key, int objectId, ObjectFormat format, Map<String, FieldValue> object) {
            if (!outstanding.remove(key)) {
                return;
            }
            queries.add(new Query(key.channel(), key.systemId(), null, objectId, format, ""));
            key.channel().writeAndFlush(new ObjectResponse(1, key.systemId(),
                    new ProtocolObject(values(format, object)), 0));
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            queries.removeIf(q -> q.channel == ctx.channel());
            outstanding.removeIf(o -> o.channel() == ctx.channel());
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
