package io.cccpexplorer.simulator.warmup;

import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code ccenter_report -list -path /dispatch -field F -filter X -fields "row.a;row.b.c"} as the vendor's client
 * sends it: a list query on the root, then a format whose dotted columns become a tree with leaves numbered 1..n in
 * column order (vendor-binaries.md), and one object query per listed item.
 *
 * @param field   list field of the root
 * @param filter  the list filter, empty for none
 * @param columns dotted field paths, without the {@code row.} prefix
 */
record ReportQuery(String field, String filter, List<String> columns) {

    /** The dashboard's four queries (get_users_and_calls.py), the ones a script asks every few seconds. */
    static final List<ReportQuery> DASHBOARD = List.of(
            new ReportQuery("sessions", ".[session_type eq 3 and terminate_date eq '']", List.of("project_name",
                    "user.login", "user.name", "phone_contact_uri", "login_date", "profile_name", "current_mode",
                    "states.last.display_name", "states.last.start_date", "session_id", "session_type", "create_date",
                    "terminate_date")),
            new ReportQuery("sessions", "", List.of("session_id", "session_type", "active_queues")),
            new ReportQuery("sessions", ".[session_type eq 1]", List.of("session_id", "create_date", "terminate_date",
                    "connections.first.remote_address", "connections.first.local_address", "entry_point",
                    "last_call_id")),
            new ReportQuery("queues", "", List.of("name", "display_name", "waiting_tasks_count",
                    "running_tasks_count", "logged_sessions_count", "working_sessions_count", "oldest_waiting_date")));

    ReportQuery {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(filter, "filter");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("columns: none (expected: at least one)");
        }
    }

    /** The format the vendor's client registers for these columns. */
    ObjectFormat format(int formatId) {
        Node root = new Node();
        int index = 0;
        for (String column : columns) {
            Node n = root;
            for (String step : column.split("\\.")) {
                n = n.children.computeIfAbsent(step, s -> new Node());
            }
            n.index = ++index;
        }
        return new ObjectFormat(formatId, root.fields());
    }

    /** A node of the tree being built: its children by name, in first-seen order. */
    private static final class Node {
        final Map<String, Node> children = new LinkedHashMap<>();
        int index;

        List<FormatField> fields() {
            List<FormatField> out = new ArrayList<>();
            children.forEach((name, child) -> out.add(new FormatField(child.index, name, null, child.fields())));
            return out;
        }
    }
}
