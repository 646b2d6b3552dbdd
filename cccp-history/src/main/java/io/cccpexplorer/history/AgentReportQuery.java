package io.cccpexplorer.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Agent figures of one project over local days {@code from} to {@code to} (inclusive); {@code agents} empty: all. */
public record AgentReportQuery(String project, LocalDate from, LocalDate to, ReportInterval interval,
                               List<String> agents) {

    public AgentReportQuery {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(interval, "interval");
        agents = List.copyOf(agents);
        DateRange.check(from, to);
    }
}
