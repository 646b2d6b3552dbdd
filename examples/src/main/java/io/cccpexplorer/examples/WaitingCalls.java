package io.cccpexplorer.examples;

import io.cccpexplorer.client.CccpSyncConnection;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;

import java.util.Map;
import java.util.TreeMap;

/** Task 2, waiting calls per queue: one blocking query of the queues' own counters. */
public final class WaitingCalls {

    static final ListQuery QUEUES = ListQuery.of(0, "queues");
    static final RowFormat FORMAT = RowFormat.of("name", "waiting_tasks_count");

    private WaitingCalls() {
    }

    /**
     * @param connection the blocking view of a connection
     * @return the number of calls waiting in each queue, by queue name
     */
    public static Map<String, Long> perQueue(CccpSyncConnection connection) {
        Map<String, Long> out = new TreeMap<>();
        for (Row queue : connection.listRows(QUEUES, FORMAT)) {
            out.put(queue.text("name"), queue.number("waiting_tasks_count", 0));
        }
        return out;
    }
}
