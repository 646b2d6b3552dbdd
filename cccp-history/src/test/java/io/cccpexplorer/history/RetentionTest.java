package io.cccpexplorer.history;

import static io.cccpexplorer.history.Calls.PROJECT;
import static io.cccpexplorer.history.ProjectDaysTest.OTHER;
import static io.cccpexplorer.history.ProjectDaysTest.SLOTS;
import static io.cccpexplorer.history.ProjectDaysTest.call;
import static io.cccpexplorer.history.ProjectDaysTest.inProject;
import static io.cccpexplorer.history.ProjectDaysTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The daily purge keeps each project's own business days ({@link ProjectDaysTest}'s Brisbane and Paris projects). */
class RetentionTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void eachProjectIsPurgedOnItsOwnBusinessDays(HistoryEngine engine) {
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            // Feb 9 12:00 UTC: 22:00 on Feb 9 in Brisbane, 13:00 on Feb 9 in Paris
            Instant t = Instant.parse("2026-02-09T12:00:00Z");
            write(store.db(), PROJECT, List.of(call("acme", t)), List.of());
            write(store.db(), OTHER, List.of(inProject(OTHER, call("other", t))), List.of());
            // Feb 10 21:00 UTC: already Feb 11 (07:00) in Brisbane, still Feb 10 (22:00) in Paris
            Clock now = Clock.fixed(Instant.parse("2026-02-10T21:00:00Z"), ZoneOffset.UTC);
            Retention retention = new Retention(store.db(), SLOTS, Period.ofDays(1), now);
            assertThat(retention.firstKept(PROJECT)).isEqualTo(LocalDate.of(2026, 2, 10));
            assertThat(retention.firstKept(OTHER)).isEqualTo(LocalDate.of(2026, 2, 9));
            assertThat(retention.projects()).containsExactly(PROJECT, OTHER);

            assertThat(retention.purge()).isPositive();

            CallRecords records = new CallRecords(store.db(), SLOTS);
            assertThat(records.call(PROJECT, "acme")).isEmpty();
            assertThat(records.call(OTHER, "other")).isPresent();
            HistoryReports reports = new HistoryReports(store.db(), SLOTS);
            LocalDate feb9 = LocalDate.of(2026, 2, 9);
            assertThat(reports.queues(new QueueReportQuery(PROJECT, feb9, feb9, ReportInterval.DAY, List.of(), null)))
                    .isEmpty();
            assertThat(reports.queues(new QueueReportQuery(OTHER, feb9, feb9, ReportInterval.DAY, List.of(), null)))
                    .singleElement().satisfies(f -> assertThat(f.offered()).isEqualTo(1));
            assertThat(retention.purge()).isZero(); // nothing more is old enough
        }
    }
}
