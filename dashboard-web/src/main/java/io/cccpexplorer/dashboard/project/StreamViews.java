package io.cccpexplorer.dashboard.project;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The row kinds one browser's stream carries ({@code /api/events/stream?views=queues,users}): a screen that shows no
 * call (the wallboard) does not need a frame per call step nor the calls in its snapshot. Everything else (kpi,
 * agents' counts, connection, alerts) goes to every stream.
 *
 * @param rows the views asked for
 */
public record StreamViews(Set<Row> rows) {

    /** What a stream asks for when it names nothing: every view. */
    public static final StreamViews ALL = new StreamViews(EnumSet.allOf(Row.class));

    /** A view of the dashboard and the event type of its rows. */
    public enum Row {
        USERS("user"), QUEUES("queue"), CALLS("call");

        private final String eventType;

        Row(String eventType) {
            this.eventType = eventType;
        }

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public StreamViews {
        rows = Set.copyOf(rows);
    }

    /**
     * {@code users,queues,calls} in any order and number; {@code null} or blank is every view.
     *
     * @throws IllegalArgumentException for a name that is not a view
     */
    public static StreamViews parse(String list) {
        if (list == null || list.isBlank()) {
            return ALL;
        }
        Set<Row> rows = EnumSet.noneOf(Row.class);
        for (String name : list.split(",")) {
            String n = name.trim().toLowerCase(Locale.ROOT);
            if (n.isEmpty()) {
                continue;
            }
            Row row = null;
            for (Row r : Row.values()) {
                if (r.wire().equals(n)) {
                    row = r;
                }
            }
            if (row == null) {
                throw new IllegalArgumentException("'" + name.trim() + "' is not a view (users, queues, calls)");
            }
            rows.add(row);
        }
        return new StreamViews(rows);
    }

    /** Whether a stream with these views gets an event of this type. */
    public boolean carries(String eventType) {
        for (Row r : Row.values()) {
            if (r.eventType.equals(eventType)) {
                return rows.contains(r);
            }
        }
        return true;
    }

    public boolean has(Row row) {
        return rows.contains(row);
    }
}
