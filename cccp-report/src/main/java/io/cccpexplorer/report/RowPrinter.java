package io.cccpexplorer.report;

import io.cccpexplorer.client.ListEntry;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.Value;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;

/**
 * Prints a query's answer on stdout, as {@code ccenter_report} does ({@code value<sep>} per column, then a line
 * end) or as one JSON object per line ({@code -format json}). Rows from a {@code -follow} listener and from the
 * caller never interleave (synchronized).
 *
 * @param query the batch line number added to every JSON row ({@code "query":n}), or 0 outside a batch
 */
record RowPrinter(PrintStream out, Clock clock, List<FieldExpression> columns, boolean json, boolean rawDates,
                  String separator, int query) {

    static RowPrinter of(PrintStream out, Clock clock, List<FieldExpression> columns, ReportArguments a, int query) {
        return new RowPrinter(out, clock, columns, a.json(), a.rawDates(), a.separator(), query);
    }

    void count(int n) {
        line(Integer.toString(n));
    }

    void id(ListEntry e) {
        if (json) {
            JsonLine node = start().put("object_id", e.objectId() & 0xFFFF_FFFFL);
            if (!e.path().isEmpty()) {
                node.put("path", e.path());
            }
            line(node.toString());
        } else {
            String id = Integer.toUnsignedString(e.objectId());
            line(e.path().isEmpty() ? id + separator : id + "@" + e.path() + separator);
        }
    }

    /** @param change "added", "updated" or "removed" for {@code -follow}, else null */
    void row(Row row, String change) {
        if (json) {
            JsonLine node = start().put("object_id", row.objectId() & 0xFFFF_FFFFL);
            if (change != null) {
                node.put("change", change);
            }
            List<String> format = formatPaths();
            for (FieldExpression c : columns) {
                putJson(node, c.source(), c.evaluate(row, clock.instant(), format));
            }
            line(node.toString());
            return;
        }
        StringBuilder text = new StringBuilder();
        if (change != null) {
            text.append(change).append(separator);
        }
        List<String> format = formatPaths();
        for (FieldExpression c : columns) {
            text.append(ReportValueText.render(c.evaluate(row, clock.instant(), format), rawDates)).append(separator);
        }
        line(text.toString());
    }

    /** The row paths of every column, in order: the format the rows were fetched with. */
    private List<String> formatPaths() {
        Set<String> paths = new LinkedHashSet<>();
        columns.forEach(c -> paths.addAll(c.paths()));
        return new ArrayList<>(paths);
    }

    private JsonLine start() {
        JsonLine node = new JsonLine();
        return query > 0 ? node.put("query", query) : node;
    }

    private void putJson(JsonLine node, String key, Object v) {
        if (v instanceof Double d) {
            node.put(key, d.doubleValue());
        } else if (v instanceof Boolean b) {
            node.put(key, b.booleanValue());
        } else if (v instanceof String s) {
            node.put(key, s);
        } else if (v instanceof FieldExpression.JsObject o) {
            node.put(key, ReportValueText.plain(o));
        } else if (v instanceof Value.DateValue d && !d.isNil()) {
            if (rawDates) {
                node.put(key, d.epochSecondsWithFraction());
            } else {
                node.put(key, d.toOffsetDateTime().toString());
            }
        } else {
            node.putNull(key);
        }
    }

    synchronized void line(String text) {
        out.print(text);
        out.print('\n');
    }

    /** Lets a reader of a live or batch output see what is complete (one-shot output is flushed at exit). */
    synchronized void flush() {
        out.flush();
    }
}
