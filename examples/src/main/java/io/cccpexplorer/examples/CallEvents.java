package io.cccpexplorer.examples;

import io.cccpexplorer.client.CccpSyncConnection;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;

import java.util.List;

/** Task 3, a call's events: find the call's session by its id, then read its {@code events} list. */
public final class CallEvents {

    static final RowFormat FORMAT = RowFormat.of("date", "name", "state");

    private CallEvents() {
    }

    /**
     * @param connection the blocking view of a connection
     * @param sessionId  the call's session id
     * @return one line per event ({@code date name state}), in the server's order; empty for an unknown session
     */
    public static List<String> of(CccpSyncConnection connection, String sessionId) {
        List<Integer> ids = connection.listIds(ListQuery.of(0, "sessions")
                .filter(".[session_id eq '" + sessionId.replace("'", "") + "']"));
        if (ids.isEmpty()) {
            return List.of();
        }
        return connection.listRows(ListQuery.of(ids.get(0), "events"), FORMAT).stream()
                .map(CallEvents::line).toList();
    }

    private static String line(Row event) {
        return event.text("date") + " " + event.text("name") + " " + event.text("state");
    }
}
