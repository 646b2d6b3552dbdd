package io.cccpexplorer.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Queue figures of one project over local days {@code from} to {@code to} (inclusive), one row per interval and
 * queue. {@code queues} empty: every queue. {@code groupAs} non-null: the queues' figures added up under that name
 * (a team).
 */
public record QueueReportQuery(String project, LocalDate from, LocalDate to, ReportInterval interval,
                               List<String> queues, String groupAs) {

    public QueueReportQuery {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(interval, "interval");
        queues = List.copyOf(queues);
        DateRange.check(from, to);
    }
}
