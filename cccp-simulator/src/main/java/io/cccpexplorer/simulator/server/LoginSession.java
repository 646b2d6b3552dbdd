package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.objects.ObjectFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One login session of a connection: its object formats (by format_id) and its live queries, kept per kind in
 * the order stop_query searches them (windowed lists, lists, objects, select-and-query).
 */
final class LoginSession {

    private final int sessionId;
    private final Map<Integer, ObjectFormat> formats = new HashMap<>();
    private final List<LiveQuery> windowedLists = new ArrayList<>();
    private final List<LiveQuery> lists = new ArrayList<>();
    private final List<LiveQuery> objects = new ArrayList<>();
    private final List<LiveQuery> selects = new ArrayList<>();

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
        for (List<LiveQuery> kind : List.of(windowedLists, lists, objects, selects)) {
            for (Iterator<LiveQuery> it = kind.iterator(); it.hasNext(); ) {
                LiveQuery q = it.next();
                if (q.systemId() == systemId) {
                    it.remove();
                    q.stop();
                    return q;
                }
            }
        }
        return null;
    }

    /** Stops every query (logout or disconnect). */
    int stopAll() {
        int n = 0;
        for (List<LiveQuery> kind : List.of(windowedLists, lists, objects, selects)) {
            for (LiveQuery q : kind) {
                q.stop();
                n++;
            }
            kind.clear();
        }
        formats.clear();
        return n;
    }

    int queryCount() {
        return windowedLists.size() + lists.size() + objects.size() + selects.size();
    }
}
