package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.explorer.ClientEvent;
import io.cccpexplorer.protocol.explorer.ClientVoid;
import io.cccpexplorer.protocol.explorer.ConnectionOk;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.explorer.Initialize;
import io.cccpexplorer.protocol.explorer.Login;
import io.cccpexplorer.protocol.explorer.LoginFailed;
import io.cccpexplorer.protocol.explorer.LoginOk;
import io.cccpexplorer.protocol.explorer.Logout;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.explorer.QueryObject;
import io.cccpexplorer.protocol.explorer.SelectAndQueryObject;
import io.cccpexplorer.protocol.explorer.ServerEvent;
import io.cccpexplorer.protocol.explorer.SetObjectFormat;
import io.cccpexplorer.protocol.explorer.StopQuery;
import io.cccpexplorer.protocol.explorer.UnknownMessage;
import io.cccpexplorer.protocol.explorer.UseDefaultNamespacesIndex;
import io.cccpexplorer.protocol.explorer.UseDefaultNamespacesIndexOk;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.db.DatabaseChange;
import io.cccpexplorer.simulator.db.DatabaseListener;
import io.cccpexplorer.simulator.db.DbList;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.query.Navigator;
import io.cccpexplorer.simulator.query.Visits;
import io.cccpexplorer.simulator.query.filter.Filter;
import io.cccpexplorer.simulator.query.filter.FilterSyntaxException;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.cccpexplorer.protocol.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The explorer server side of one connection, behaving as ccenter_dispatch does (wire spec §4.2, §5): it answers
 * initialize, login and use_default_namespaces_index, stores formats, opens and stops live queries, answers the
 * load_day event, and is silent (with a log line saying why) where the vendor is silent. Runs on the project's
 * database thread, so it reads and queries the database without locks.
 */
final class ExplorerConnection extends ChannelInboundHandlerAdapter {

    /** 2.10.0.12, what ccenter_dispatch reports. */
    static final int SERVER_VERSION = 0x020A008C;
    static final String ALREADY_LOGGED = "Login d\u00e9j\u00e0 effectu\u00e9";
    static final String LOAD_DAY = "com.consistent.ccenter.dispatch.load_day.";
    static final String DAY_LOADED = "com.consistent.ccenter.dispatch.day_loaded";
    static final String BAD_DAY = "com.consistent.ccenter.dispatch.bad_day";
    /** How the codec's decoder starts the error it raises when the stream ends inside a frame. */
    static final String CLOSED_INSIDE_A_FRAME = "connection closed inside a frame";

    private static final Logger log = LoggerFactory.getLogger(ExplorerConnection.class);

    private final ExplorerServer server;
    private final String name;
    private final Map<Integer, LoginSession> sessions = new HashMap<>();
    private Outbox outbox;
    private boolean initialized;
    /** {@code query_object}s answered late ({@link ObjectAnswerDelay}, tests only), oldest first. */
    private final ArrayDeque<Late> late = new ArrayDeque<>();
    private final DatabaseListener lateAnswers = this::answerDue;

    /** A late {@code query_object} and the commits it still waits for. */
    private static final class Late {
        final QueryObject query;
        int commits;

        Late(QueryObject query, int commits) {
            this.query = query;
            this.commits = commits;
        }
    }

    ExplorerConnection(ExplorerServer server, String name) {
        this.server = server;
        this.name = name;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        outbox = new Outbox(ctx.channel(), name, server.maxPendingMessages());
        server.connected(this);
        // debug, not info: a report script opens a connection per query, every few seconds, and the warm-up
        // (ConnectionWarmUp) a thousand at start
        log.debug("{}: connected", name);
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        int queries = 0;
        for (LoginSession s : sessions.values()) {
            queries += s.stopAll();
        }
        sessions.clear();
        late.clear();
        server.database().removeListener(lateAnswers);
        server.disconnected(this);
        log.debug("{}: disconnected, {} queries freed", name, queries);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof IOException) {
            // the client went away (a reset, a broken pipe): its business, as a close is (the warm-up resets each of
            // its connections, see ConnectionWarmUp)
            log.debug("{}: closing: {}", name, LogText.of(cause.toString()));
            ctx.close();
            return;
        }
        if (hungUpInsideAFrame(cause)) {
            // the client's end of stream came with part of a frame sent (a report killed mid-write, a link cut): a
            // hang-up, not bad input; WARN stays for bytes that break the format
            log.info("{}: client hung up inside a frame: {}", name, LogText.of(cause.getMessage()));
            ctx.close();
            return;
        }
        String reason = cause instanceof CccpCodecException ? "malformed frame: " + cause.getMessage()
                : cause.toString();
        log.warn("{}: closing: {}", name, LogText.of(reason));
        ctx.close();
    }

    /**
     * Whether the codec reports the client's end of stream with an incomplete frame buffered (the message of
     * {@code ExplorerDecoder.decodeLast}, asserted by cccp-protocol's {@code ExplorerChannelCodecTest}) rather than
     * bytes that break the wire format.
     */
    static boolean hungUpInsideAFrame(Throwable cause) {
        return cause instanceof CccpCodecException && cause.getMessage() != null
                && cause.getMessage().startsWith(CLOSED_INSIDE_A_FRAME);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ExplorerMessage message)) {
            return;
        }
        if (!initialized) {
            if (message instanceof Initialize) {
                initialized = true;
                outbox.sendNow(new ConnectionOk(SERVER_VERSION,
                        CccpDate.of(server.clock().instant(), server.offset())));
            } else {
                log.info("{}: {} before initialize; ignored", name, message.getClass().getSimpleName());
            }
            return;
        }
        handle(message);
    }

    /**
     * One flush per batch of requests read, not per answer: a client opening thousands of queries at once gets
     * its snapshots in a few large writes.
     */
    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        outbox.flush();
        ctx.fireChannelReadComplete();
    }

    private void handle(ExplorerMessage message) {
        if (!late.isEmpty()) {
            if (message instanceof QueryList) {
                answerLate(Integer.MAX_VALUE); // a round trip's answer follows the late answers asked before it
            } else if (message instanceof StopQuery m) {
                late.removeIf(l -> l.query.sessionId() == m.sessionId() && l.query.systemId() == m.systemId());
            }
        }
        if (message instanceof Login m) {
            login(m);
        } else if (message instanceof UseDefaultNamespacesIndex) {
            outbox.send(UseDefaultNamespacesIndexOk.INSTANCE);
        } else if (message instanceof SetObjectFormat m) {
            LoginSession s = session(m.sessionId(), "set_object_format");
            if (s != null && m.format() != null) {
                s.putFormat(server.canonical(m.format()));
            }
        } else if (message instanceof QueryList m) {
            queryList(m);
        } else if (message instanceof QueryObject m) {
            queryObject(m);
        } else if (message instanceof SelectAndQueryObject m) {
            selectAndQuery(m);
        } else if (message instanceof StopQuery m) {
            LoginSession s = session(m.sessionId(), "stop_query");
            if (s != null && s.stop(m.systemId()) == null) {
                log.info("{}: stop_query: no query with system_id {}", name, Integer.toUnsignedString(m.systemId()));
            }
        } else if (message instanceof Logout m) {
            LoginSession s = sessions.remove(m.sessionId());
            if (s != null) {
                s.stopAll();
            }
        } else if (message instanceof ClientEvent m) {
            clientEvent(m);
        } else if (message instanceof ClientVoid) {
            return;
        } else if (message instanceof UnknownMessage m) {
            log.info("{}: bad command {} ({} bytes); ignored", name, Integer.toUnsignedString(m.id()),
                    m.payload().length);
        } else {
            log.info("{}: {} is not served by the dispatch; ignored", name, message.getClass().getSimpleName());
        }
    }

    private void login(Login m) {
        if (sessions.containsKey(m.sessionId())) {
            outbox.send(new LoginFailed(m.sessionId(), ALREADY_LOGGED));
            return;
        }
        var refusal = server.authenticator().refuse(m.login(), m.password());
        if (refusal.isPresent()) {
            log.info("{}: login of '{}' refused: {}", name, LogText.of(m.login()), refusal.get());
            outbox.send(new LoginFailed(m.sessionId(), refusal.get()));
            return;
        }
        sessions.put(m.sessionId(), new LoginSession(m.sessionId()));
        outbox.send(new LoginOk(m.sessionId(), "", ""));
    }

    private LoginSession session(int sessionId, String what) {
        LoginSession s = sessions.get(sessionId);
        if (s == null) {
            log.info("{}: {}: unknown session {}; silent", name, what, Integer.toUnsignedString(sessionId));
        }
        return s;
    }

    private void queryList(QueryList m) {
        LoginSession s = session(m.sessionId(), "query_list");
        if (s == null) {
            return;
        }
        DbList list = resolveList(m.objectId(), m.field(), "query_list");
        if (list == null) {
            return;
        }
        ListQuery q = server.openList(outbox, m.sessionId(), m.systemId(), list, parseFilter(m.filter()),
                m.windowField(), m.windowDuration());
        s.addList(q);
    }

    private void queryObject(QueryObject m) {
        ObjectAnswerDelay delay = server.objectAnswerDelay();
        if (delay != ObjectAnswerDelay.NONE) {
            DbObject queried = server.database().find(m.objectId());
            int commits = queried == null ? 0 : delay.commits(queried);
            if (commits > 0) {
                if (late.isEmpty()) {
                    server.database().addListener(lateAnswers);
                }
                late.add(new Late(m, commits));
                return;
            }
        }
        answer(m);
    }

    /** A commit: the late answers now due are sent, with the objects' values after it (tests only). */
    private void answerDue(List<DatabaseChange> changes) {
        late.forEach(l -> l.commits--);
        answerLate(0);
        outbox.flush();
    }

    /** Answers the late queries from the oldest while they wait for at most {@code commits} more commits. */
    private void answerLate(int commits) {
        while (!late.isEmpty() && late.peek().commits <= commits) {
            answer(late.poll().query);
        }
        if (late.isEmpty()) {
            server.database().removeListener(lateAnswers);
        }
    }

    private void answer(QueryObject m) {
        LoginSession s = session(m.sessionId(), "query_object");
        if (s == null) {
            return;
        }
        DbObject target = server.database().find(m.objectId());
        ObjectFormat format = s.format(m.formatId());
        if (target == null || format == null) {
            log.info("{}: query_object: {}; silent", name, target == null
                    ? "no object " + Integer.toUnsignedString(m.objectId())
                    : "no format " + Integer.toUnsignedString(m.formatId()));
            return;
        }
        s.addObject(server.openObject(outbox, m.sessionId(), m.systemId(), target, format, m.listSystemId()));
    }

    /** Inferred: the first member passing the filter when the request arrives is queried like query_object. */
    private void selectAndQuery(SelectAndQueryObject m) {
        LoginSession s = session(m.sessionId(), "select_and_query_object");
        if (s == null) {
            return;
        }
        DbList list = resolveList(m.objectId(), m.field(), "select_and_query_object");
        ObjectFormat format = s.format(m.formatId());
        if (list == null || format == null) {
            return;
        }
        Filter filter = parseFilter(m.filter());
        for (DbObject member : list.items()) {
            if (filter.matches(member, server.offset(), Visits.NONE)) {
                s.addSelect(server.openObject(outbox, m.sessionId(), m.systemId(), member, format, m.listSystemId()));
                return;
            }
        }
        log.info("{}: select_and_query_object: nothing in {} passes {}; silent", name, list, LogText.of(filter));
    }

    private DbList resolveList(int objectId, String field, String what) {
        DbObject object = server.database().find(objectId);
        if (object == null) {
            log.info("{}: {}: no object {}; silent", name, what, Integer.toUnsignedString(objectId));
            return null;
        }
        Object value = field.isEmpty() ? null
                : Navigator.resolve(object, Arrays.asList(field.split("\\.")), Visits.NONE);
        if (!(value instanceof DbList list)) {
            log.info("{}: {}: {} has no list field '{}'; silent", name, what, object, LogText.of(field));
            return null;
        }
        return list;
    }

    private Filter parseFilter(String text) {
        try {
            return server.filter(text);
        } catch (FilterSyntaxException e) {
            log.info("{}: filter \"{}\" does not parse ({}); the list stays empty, as with the vendor", name,
                    LogText.of(text), LogText.of(e.getMessage()));
            return Filter.nothing(text);
        }
    }

    private void clientEvent(ClientEvent m) {
        String event = m.eventName();
        if (!event.startsWith(LOAD_DAY)) {
            log.info("{}: event {} ignored (the dispatch acts only on load_day)", name, LogText.of(event));
            return;
        }
        LocalDate day = parseDay(event.substring(LOAD_DAY.length()));
        String answer = BAD_DAY;
        if (day != null) {
            try {
                server.dayLoader().load(day);
                answer = DAY_LOADED;
            } catch (Exception e) {
                log.warn("{}: loading {} failed: {}", name, day, e.toString());
            }
        } else {
            log.info("{}: load_day: malformed day in {}", name, LogText.of(event));
        }
        outbox.send(new ServerEvent(m.sessionId(), server.eventSource(), m.source(), 0.0, answer, null));
    }

    /** {@code YYYY_MM_DD}, or null. */
    static LocalDate parseDay(String text) {
        List<String> parts = Arrays.asList(text.split("_", -1));
        if (parts.size() != 3 || parts.get(0).length() != 4 || parts.get(1).length() != 2 || parts.get(2).length() != 2
                || !text.replace("_", "").chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(parts.get(0)), Integer.parseInt(parts.get(1)),
                    Integer.parseInt(parts.get(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    int sessionCount() {
        return sessions.size();
    }
}
