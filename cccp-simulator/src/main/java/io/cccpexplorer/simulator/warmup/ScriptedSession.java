package io.cccpexplorer.simulator.warmup;

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
import io.cccpexplorer.protocol.objects.ListItem;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The client side of one connection that does what the vendor's {@code ccenter_report -list ... -fields ...} does
 * (vendor-binaries.md): initialize, login, the list query, then the format and one object query per item, pipelined,
 * and a close (no logout) once every object answered. {@link #done()} completes with the number of objects received.
 */
final class ScriptedSession extends SimpleChannelInboundHandler<ExplorerMessage> {

    /** 2.10.0.12, what the vendor's client announces. */
    private static final int CLIENT_VERSION = 0x020A008C;
    private static final int SESSION = 1;
    private static final int LIST_SYSTEM_ID = 1;
    private static final int FORMAT_ID = 1;
    private static final String PATH = "/dispatch";

    private final ReportQuery query;
    private final CompletableFuture<Integer> done = new CompletableFuture<>();
    private int expected = -1;
    private int received;

    ScriptedSession(ReportQuery query) {
        this.query = query;
    }

    CompletableFuture<Integer> done() {
        return done;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.writeAndFlush(new Initialize(CLIENT_VERSION, false));
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ExplorerMessage m) {
        if (m instanceof ConnectionOk) {
            ctx.writeAndFlush(new Login(SESSION, "warm-up", "warm-up", 1, false));
        } else if (m instanceof LoginOk) {
            ctx.writeAndFlush(new QueryList(SESSION, LIST_SYSTEM_ID, PATH, 0, query.field(), query.filter(), 0, "", 0));
        } else if (m instanceof LoginFailed f) {
            finish(ctx, new IllegalStateException("login refused: " + f));
        } else if (m instanceof ListResponse r && r.systemId() == LIST_SYSTEM_ID && expected < 0) {
            queryObjects(ctx, r.list().items());
        } else if (m instanceof ObjectResponse && ++received == expected) {
            finish(ctx, null);
        }
    }

    private void queryObjects(ChannelHandlerContext ctx, List<ListItem> items) {
        expected = items.size();
        if (expected == 0) {
            finish(ctx, null);
            return;
        }
        ctx.write(new SetObjectFormat(SESSION, query.format(FORMAT_ID)));
        int systemId = LIST_SYSTEM_ID;
        for (ListItem item : items) {
            ctx.write(new QueryObject(SESSION, ++systemId, PATH, item.itemId(), FORMAT_ID, 0));
        }
        ctx.flush();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        done.completeExceptionally(new IllegalStateException("closed by the server after " + received + " of "
                + expected + " objects"));
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        finish(ctx, cause);
    }

    private void finish(ChannelHandlerContext ctx, Throwable failure) {
        if (failure == null) {
            done.complete(received);
        } else {
            done.completeExceptionally(failure);
        }
        ctx.close();
    }
}
