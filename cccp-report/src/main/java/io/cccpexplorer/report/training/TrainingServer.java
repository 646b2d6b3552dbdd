package io.cccpexplorer.report.training;

import io.cccpexplorer.protocol.blob.FieldValue;
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
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The smallest explorer server that lets {@link TrainingRun} walk cccp-report's real code paths: it accepts any
 * login, answers every list with {@value #ROWS} items and every object with a value for each requested field
 * (a date for names ending in {@code date}, a number for names ending in {@code count}, else a string).
 * Loopback only, ephemeral port.
 */
final class TrainingServer implements AutoCloseable {

    static final int ROWS = 3;
    private static final CccpDate DATE = new CccpDate(1_770_541_426L, 0, 3600);

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel server;

    TrainingServer() throws InterruptedException {
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        ch.pipeline().addLast(new ExplorerChannelCodec(), new Answers());
                    }
                }).bind("127.0.0.1", 0).sync().channel();
    }

    int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static final class Answers extends SimpleChannelInboundHandler<ExplorerMessage> {
        private final Map<Integer, ObjectFormat> formats = new HashMap<>();

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ExplorerMessage m) {
            if (m instanceof Initialize) {
                ctx.writeAndFlush(new ConnectionOk(0x020A008C, DATE));
            } else if (m instanceof Login l) {
                ctx.writeAndFlush(new LoginOk(l.sessionId(), "", ""));
            } else if (m instanceof UseDefaultNamespacesIndex) {
                ctx.writeAndFlush(UseDefaultNamespacesIndexOk.INSTANCE);
            } else if (m instanceof SetObjectFormat f && f.format() != null) {
                formats.put(f.format().formatId(), f.format());
            } else if (m instanceof QueryList q) {
                List<ListItem> items = new ArrayList<>();
                for (int i = 0; i < ROWS; i++) {
                    items.add(ListItem.added(100 + i, i));
                }
                ctx.writeAndFlush(new ListResponse(q.sessionId(), q.systemId(), new ProtocolList(items)));
            } else if (m instanceof QueryObject q) {
                List<ObjectValue> values = new ArrayList<>();
                ObjectFormat format = formats.get(q.formatId());
                if (format != null) {
                    format.fields().forEach(f -> leaves(f, values));
                }
                ctx.writeAndFlush(new ObjectResponse(q.sessionId(), q.systemId(), new ProtocolObject(values), 0));
            }
        }

        private static void leaves(FormatField field, List<ObjectValue> out) {
            if (!field.isLeaf()) {
                field.fields().forEach(f -> leaves(f, out));
            } else if (field.name().endsWith("date")) {
                out.add(new ObjectValue(field.fieldIndex(), new FieldValue.Date(DATE)));
            } else if (field.name().endsWith("count")) {
                out.add(new ObjectValue(field.fieldIndex(), new FieldValue.U32(7)));
            } else {
                out.add(new ObjectValue(field.fieldIndex(), new FieldValue.Str(field.name() + " \u00e9")));
            }
        }
    }
}
