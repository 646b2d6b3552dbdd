package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.objects.ObjectFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One login session of a connection: its object formats (by format_id) and its live queries, kept per kind in
 * the order stop_query searches them (windowed lists, lists, objects, select-and-query). Each kind is indexed by
 * system_id (a dashboard holds tens of thousands of object queries and stops them one by one).
 */
final class LoginSession {

    private final int sessionId;
    private final Map<Integer, ObjectFormat> formats = new HashMap<>();
    private final QueriesById windowedLists = new QueriesById();
    private final QueriesById lists = new QueriesById();
    private final QueriesById objects = new QueriesById();
    private final QueriesById selects = new QueriesById();

    LoginSession(int sessionId) {
        this.sessionId = sessionId;
    }

    int sessionId() {
        return sessionId;
    }

    void putFormat(ObjectFormat format) {
        formats.put(format.formatId(), format);
    }

    ObjectFormat format(int formatId) {
        return formats.get(formatId);
    }

    void addList(ListQuery q) {
        (q.isWindowed() ? windowedLists : lists).add(q);
    }

    void addObject(ObjectQuery q) {
        objects.add(q);
    }

    void addSelect(ObjectQuery q) {
        selects.add(q);
    }

    /** Stops the first query with this system_id in the vendor's search order; null if none. */
    LiveQuery stop(int systemId) {
        for (QueriesById kind : kinds()) {
            LiveQuery q = kind.removeFirst(systemId);
            if (q != null) {
                q.stop();
                return q;
            }
        }
        return null;
    }

    /** Stops every query (logout or disconnect). */
    int stopAll() {
        int n = 0;
        for (QueriesById kind : kinds()) {
            n += kind.stopAll();
        }
        formats.clear();
        return n;
    }

    int queryCount() {
        int n = 0;
        for (QueriesById kind : kinds()) {
            n += kind.size();
        }
        return n;
    }

    private List<QueriesById> kinds() {
        return List.of(windowedLists, lists, objects, selects);
    }

    /** Queries of one kind by system_id, in opening order (a client may reuse a system_id). */
    private static final class QueriesById {

        private final Map<Integer, Deque<LiveQuery>> byId = new LinkedHashMap<>();
        private int size;

        void add(LiveQuery q) {
            byId.computeIfAbsent(q.systemId(), id -> new ArrayDeque<>(1)).addLast(q);
            size++;
        }

        LiveQuery removeFirst(int systemId) {
            Deque<LiveQuery> same = byId.get(systemId);
            if (same == null) {
                return null;
            }
            LiveQuery q = same.pollFirst();
            if (same.isEmpty()) {
                byId.remove(systemId);
            }
            size--;
            return q;
        }

        int stopAll() {
            List<LiveQuery> all = new ArrayList<>(size);
            byId.values().forEach(all::addAll);
            byId.clear();
            size = 0;
            all.forEach(LiveQuery::stop);
            return all.size();
        }

        int size() {
            return size;
        }
    }
}
