package io.cccpexplorer.examples;

import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.LiveList;
import io.cccpexplorer.client.LiveListListener;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** Task 1, agents live: who is logged in and in which state, kept up to date by the server's pushes. */
public final class AgentsLive implements AutoCloseable {

    /** Logged-in agents: agent sessions (type 3) not terminated. */
    public static final ListQuery AGENTS = ListQuery.of(0, "sessions")
            .filter(".[session_type eq 3 and terminate_date eq '']");
    /** What we show of each agent. */
    public static final RowFormat FORMAT = RowFormat.of("user.login", "states.last.display_name");

    private final LiveList list;

    /**
     * Opens the live list; {@code out} hears one line per change, on the connection's event executor.
     *
     * @param connection a connection
     * @param out        where changes are told
     */
    public AgentsLive(CccpConnection connection, Consumer<String> out) {
        this.list = connection.liveList(AGENTS, FORMAT, new LiveListListener() {
            @Override
            public void onAdded(Row row) {
                out.accept("+ " + line(row));
            }

            @Override
            public void onUpdated(Row previous, Row current) {
                out.accept("~ " + line(current));
            }

            @Override
            public void onRemoved(Row row) {
                out.accept("- " + row.text("user.login"));
            }
        });
    }

    /** @return completes once the first snapshot is in */
    public CompletionStage<?> ready() {
        return list.ready();
    }

    /** @return each logged-in agent's state, by login, as delivered so far */
    public Map<String, String> stateByLogin() {
        return byLogin(list.snapshot().values());
    }

    /**
     * @param rows rows of {@link #FORMAT}
     * @return the state of each row's agent, by login
     */
    public static Map<String, String> byLogin(Iterable<Row> rows) {
        Map<String, String> out = new TreeMap<>();
        for (Row row : rows) {
            out.put(row.text("user.login"), row.text("states.last.display_name"));
        }
        return out;
    }

    private static String line(Row row) {
        return row.text("user.login") + ": " + row.text("states.last.display_name");
    }

    @Override
    public void close() {
        list.close();
    }
}
