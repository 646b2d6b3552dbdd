package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.explorer.ObjectResponse;
import io.cccpexplorer.protocol.explorer.ServerEvent;
import io.cccpexplorer.protocol.explorer.SetObjectFormat;
import io.cccpexplorer.protocol.explorer.StopQuery;
import io.cccpexplorer.protocol.netty.ExplorerBatch;
import io.cccpexplorer.protocol.objects.ProtocolList;
import io.cccpexplorer.protocol.objects.ProtocolObject;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.EventLoop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One logged-in explorer session on one channel: system-id allocation, the routes of the answers, and the
 * formats already stored on the server. Confined to the channel's event loop; it dies with the channel (the
 * server drops every query and format with the connection).
 */
final class ExplorerSession {

    /** The login session id; {@code ccenter_report} and the Python client use 1. */
    static final int SESSION_ID = 1;

    private final Channel channel;
    private final Map<Integer, ResponseRoute> routes = new HashMap<>();
    private final Map<RowFormat, Integer> formats = new HashMap<>();
    private int nextSystemId = 1;
    private int nextFormatId = 1;
    private Consumer<ServerEvent> serverEvents = event -> { };
    private boolean reading;
    /** What was sent during the current read, in order: written as one batch when the read ends. */
    private final List<ExplorerMessage> pending = new ArrayList<>();

    ExplorerSession(Channel channel) {
        this.channel = channel;
    }

    EventLoop eventLoop() {
        return channel.eventLoop();
    }

    boolean isOpen() {
        return channel.isActive();
    }

    /**
     * A fresh system id, registered to {@code route}. Ids count up from 1 like {@code ccenter_report}'s; an id
     * still registered is never handed out again, and 0 is skipped (it means "none" on the wire).
     */
    int register(ResponseRoute route) {
        int id = nextSystemId;
        while (id == 0 || routes.containsKey(id)) {
            id++;
        }
        nextSystemId = id + 1;
        routes.put(id, route);
        return id;
    }

    /** Forgets {@code systemId} and tells the server to stop that query. */
    void stop(int systemId) {
        if (routes.remove(systemId) != null && channel.isActive()) {
            send(new StopQuery(SESSION_ID, systemId));
        }
    }

    /** The format id of {@code format}, storing it on the server with {@code set_object_format} the first time. */
    int formatId(FormatTree format) {
        Integer id = formats.get(format.format());
        if (id == null) {
            id = nextFormatId++;
            formats.put(format.format(), id);
            send(new SetObjectFormat(SESSION_ID, format.toObjectFormat(id)));
        }
        return id;
    }

    /**
     * Sends {@code message}. While a batch of answers is being read, what their handling sends (a live list's row
     * queries, refilling the window as answers come in) is kept, then written as one {@link ExplorerBatch} and
     * flushed once when the batch ends ({@link #endOfRead()}): one buffer and one socket write per batch instead
     * of one per {@code query_object}. Outside a read it is written and flushed at once.
     */
    void send(ExplorerMessage message) {
        if (reading) {
            // bounded: what one read batch's answers make us send (the window bounds the row queries)
            pending.add(message);
        } else {
            writePending();
            channel.writeAndFlush(message).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
        }
    }

    /** A batch of the server's messages is being read: sends wait for {@link #endOfRead()}. */
    void startOfRead() {
        reading = true;
    }

    /** The batch was read: writes and flushes what its handling sent. */
    void endOfRead() {
        reading = false;
        if (writePending()) {
            channel.flush();
        }
    }

    /** Sends {@code message} (after what is still kept, in order) and lets the caller see whether it was written. */
    ChannelFuture sendNow(ExplorerMessage message) {
        writePending();
        return channel.writeAndFlush(message);
    }

    /** Writes (does not flush) what a read kept; true when there was something. */
    private boolean writePending() {
        if (pending.isEmpty()) {
            return false;
        }
        // no promise: a failed write reaches the handler's exceptionCaught, which closes the connection
        Object out = pending.size() == 1 ? pending.get(0) : new ExplorerBatch(pending);
        pending.clear();
        channel.write(out, channel.voidPromise());
        return true;
    }

    /** Where this session's {@code server_event}s go (on the event loop). */
    void onServerEvent(Consumer<ServerEvent> sink) {
        this.serverEvents = sink;
    }

    /** Routes an answer; answers to unknown (stopped) ids are dropped, as late answers are normal. */
    void dispatch(ExplorerMessage message) {
        // correlation is (session_id, system_id); a NULL list or object is an empty one (ccenter_report treats a
        // NULL list as "no items")
        if (message instanceof ListResponse r && r.sessionId() == SESSION_ID) {
            ResponseRoute route = routes.get(r.systemId());
            if (route != null) {
                route.onList(r.list() == null ? ProtocolList.EMPTY : r.list());
            }
        } else if (message instanceof ObjectResponse r && r.sessionId() == SESSION_ID) {
            ResponseRoute route = routes.get(r.systemId());
            if (route != null) {
                route.onObject(r.object() == null ? new ProtocolObject(List.of()) : r.object());
            }
        } else if (message instanceof ServerEvent e && e.sessionId() == SESSION_ID) {
            serverEvents.accept(e);
        }
    }

    int activeQueries() {
        return routes.size();
    }
}
