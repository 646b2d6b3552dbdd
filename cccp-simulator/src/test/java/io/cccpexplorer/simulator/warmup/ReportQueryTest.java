package io.cccpexplorer.simulator.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The format the vendor's report client registers: dotted columns as a tree, leaves numbered in column order. */
class ReportQueryTest {

    @Test
    void dottedColumnsShareTheirPrefixesAndLeavesAreNumberedInColumnOrder() {
        ObjectFormat format = new ReportQuery("sessions", "", List.of("user.login", "session_id", "user.name",
                "states.last.display_name")).format(1);

        assertThat(format.formatId()).isEqualTo(1);
        assertThat(format.fields()).containsExactly(
                new FormatField(0, "user", null, List.of(FormatField.leaf(1, "login"), FormatField.leaf(3, "name"))),
                FormatField.leaf(2, "session_id"),
                new FormatField(0, "states", null, List.of(
                        new FormatField(0, "last", null, List.of(FormatField.leaf(4, "display_name"))))));
    }

    @Test
    void theDashboardQueriesAskForTheirColumnsOnTheRoot() {
        assertThat(ReportQuery.DASHBOARD).extracting(ReportQuery::field)
                .containsExactly("sessions", "sessions", "sessions", "queues");
        assertThat(ReportQuery.DASHBOARD.get(0).format(1).leaves()).hasSize(13);
    }

    @Test
    void aQueryWithoutColumnsIsRefused() {
        assertThatThrownBy(() -> new ReportQuery("sessions", "", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("columns");
    }
}
