package io.cccpexplorer.simulator.bench;

import io.cccpexplorer.protocol.explorer.ConnectionOk;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.explorer.Initialize;
import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.explorer.Login;
import io.cccpexplorer.protocol.explorer.LoginOk;
import io.cccpexplorer.protocol.explorer.ObjectResponse;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.explorer.QueryObject;
import io.cccpexplorer.protocol.explorer.SetObjectFormat;
import io.cccpexplorer.protocol.explorer.StopQuery;
import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ListItem;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.netty.ExplorerChannelCodec;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * One dashboard-like client of the benchmark: holds the four views of the original dashboard live (agents list
 * with one object query per agent, calls list with one per call, queues list with one per queue, and the events
 * of one probe session), following list changes with query_object / stop_query like a real client.
 */
final class BenchClient {

    private static final int AGENTS = 1;
    private static final int CALLS = 2;
    private static final int QUEUES = 3;
    private static final int EVENTS = 4;

    private final int probeSession;
    private final LongConsumer eventLatency;
    private final Map<Integer, Long> probeSubmitted;
    private final AtomicLong messages = new AtomicLong();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final Map<Long, Integer> objectQueries = new HashMap<>();   // (list, item) -> system id
    private int nextSystemId = 100;
    private int snapshots;
    private Channel channel;

    BenchClient(int probeSession, Map<Integer, Long> probeSubmitted, LongConsumer eventLatency) {
        this.probeSession = probeSession;
        this.probeSubmitted = probeSubmitted;
        this.eventLatency = eventLatency;
    }

    CompletableFuture<Void> connect(EventLoopGroup group, int port) {
        new Bootstrap().group(group).channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new ExplorerChannelCodec());
                        ch.pipeline().addLast(new SimpleChannelInboundHandler<ExplorerMessage>() {
                            @Override
                            public void channelActive(ChannelHandlerContext ctx) {
                                channel = ctx.channel();
                                ctx.writeAndFlush(new Initialize(0x020A008C, false));
                            }

                            @Override
                            protected void channelRead0(ChannelHandlerContext ctx, ExplorerMessage m) {
                                onMessage(ctx, m);
                            }
                        });
                    }
                })
                .connect("127.0.0.1", port);
        return ready;
    }

    long messages() {
        return messages.get();
    }

    void close() {
        if (channel != null) {
            channel.close();
        }
    }

    private static FormatField leaf(int index, String dotted) {
        String[] parts = dotted.split("\\.");
        FormatField node = FormatField.leaf(index * 10 + parts.length - 1, parts[parts.length - 1]);
        for (int i = parts.length - 2; i >= 0; i--) {
            node = new FormatField(index * 10 + i, parts[i], null, List.of(node));
        }
        return node;
    }

    private static ObjectFormat format(int id, String... leaves) {
        List<FormatField> fields = new ArrayList<>();
        for (int i = 0; i < leaves.length; i++) {
            fields.add(leaf(i, leaves[i]));
        }
        return new ObjectFormat(id, fields);
    }

    private void onMessage(ChannelHandlerContext ctx, ExplorerMessage m) {
        messages.incrementAndGet();
        if (m instanceof ConnectionOk) {
            ctx.writeAndFlush(new Login(1, "bench", "bench", 1, false));
        } else if (m instanceof LoginOk) {
            ctx.write(new SetObjectFormat(1, format(AGENTS, "object_id", "project_name", "user.login", "user.name",
                    "phone_contact_uri", "login_date", "profile_name", "current_mode", "states.last.display_name",
                    "session_id", "session_type", "create_date", "terminate_date")));
            ctx.write(new SetObjectFormat(1, format(CALLS, "create_date", "terminate_date", "session_id",
                    "connections.last.incoming", "connections.last.remote_address", "connections.last.local_address")));
            ctx.write(new SetObjectFormat(1, format(QUEUES, "object_id", "name", "queue_type", "display_name",
                    "logged_sessions_count", "working_sessions_count", "waiting_tasks_count")));
            ctx.write(new QueryList(1, AGENTS, "/dispatch", 0, "sessions",
                    ".[session_type eq 3 and terminate_date eq '']", 0, "", 0));
            ctx.write(new QueryList(1, CALLS, "/dispatch", 0, "sessions",
                    ".[connections/last/call_id ne '' and session_type ne 3]", 0, "", 0));
            ctx.write(new QueryList(1, QUEUES, "/dispatch", 0, "queues", "", 0, "", 0));
            ctx.writeAndFlush(new QueryList(1, EVENTS, "/dispatch", probeSession, "events", "", 0, "", 0));
        } else if (m instanceof ListResponse r) {
            onList(ctx, r);
        } else if (m instanceof ObjectResponse) {
            return;
        }
    }

    private void onList(ChannelHandlerContext ctx, ListResponse r) {
        int view = r.systemId();
        for (ListItem item : r.list().items()) {
            if (view == EVENTS) {
                Long submitted = probeSubmitted.get(item.rank());
                if (submitted != null && item.action() == ListItem.ADDED) {
                    eventLatency.accept(System.nanoTime() - submitted);
                }
                continue;
            }
            long key = ((long) view << 32) | Integer.toUnsignedLong(item.itemId());
            if (item.action() == ListItem.ADDED) {
                int q = nextSystemId++;
                objectQueries.put(key, q);
                ctx.write(new QueryObject(1, q, "/dispatch", item.itemId(), view, view));
            } else {
                Integer q = objectQueries.remove(key);
                if (q != null) {
                    ctx.write(new StopQuery(1, q));
                }
            }
        }
        ctx.flush();
        if (++snapshots == 4) {
            ready.complete(null);
        }
    }
}
