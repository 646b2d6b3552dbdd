package io.cccpexplorer.report;

import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.CccpTimeoutException;
import io.cccpexplorer.client.ListEntry;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.LiveList;
import io.cccpexplorer.client.LiveListListener;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.report.ReportArguments.Mode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** One query of a run (or of a batch line) on an open connection: ask, wait within the deadline, print. */
record ReportQuery(ReportArguments arguments, List<FieldExpression> columns) {

    /** What the query waits for, as the timeout message names it. */
    String description() {
        ReportArguments a = arguments;
        return a.mode() == Mode.CONTENT ? "query_object " + Integer.toUnsignedString(a.objectId())
                : "query_list " + a.field() + " on object " + Integer.toUnsignedString(a.objectId());
    }

    /**
     * Runs to the end, printing as the answer arrives.
     *
     * @throws CccpTimeoutException the deadline expired first (named after {@link #description()})
     */
    void run(CccpConnection conn, RowPrinter printer, RunDeadline deadline) {
        ReportArguments a = arguments;
        ListQuery query = ListQuery.of(a.objectId(), a.mode() == Mode.CONTENT ? "content" : a.field())
                .filter(a.filter()).path(a.path());
        RowFormat format = columns.isEmpty() ? null : formatOf(columns);
        String what = description();
        switch (a.mode()) {
            case COUNT -> printer.count(Await.within(conn.listIds(query), deadline, what).size());
            case CONTENT -> printer.row(Await.within(conn.object(a.objectId(), format, a.path()), deadline, what),
                    null);
            case LIST -> {
                if (format == null) {
                    for (ListEntry e : Await.within(conn.listEntries(query), deadline, what)) {
                        printer.id(e);
                    }
                } else {
                    for (Row row : Await.within(conn.listRows(query, format), deadline, what)) {
                        printer.row(row, null);
                    }
                }
            }
        }
    }

    /** {@code -follow}: keeps the list open and prints its changes until the process is asked to stop. */
    void follow(CccpConnection conn, RowPrinter printer) {
        ReportArguments a = arguments;
        ListQuery query = ListQuery.of(a.objectId(), a.field()).filter(a.filter()).path(a.path());
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "cccp-report-stop"));
        LiveList live = conn.liveList(query, formatOf(columns), new LiveListListener() {
            @Override
            public void onAdded(Row row) {
                print(row, "added");
            }

            @Override
            public void onUpdated(Row previous, Row current) {
                print(current, "updated");
            }

            @Override
            public void onRemoved(Row row) {
                print(row, "removed");
            }

            private void print(Row row, String change) {
                printer.row(row, change);
                printer.flush();
            }
        });
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            live.close();
        }
    }

    private static RowFormat formatOf(List<FieldExpression> columns) {
        Set<String> paths = new LinkedHashSet<>();
        columns.forEach(c -> paths.addAll(c.paths()));
        if (paths.isEmpty()) {
            paths.add("object_id");
        }
        return RowFormat.of(new ArrayList<>(paths));
    }
}
