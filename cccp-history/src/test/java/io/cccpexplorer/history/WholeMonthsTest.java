package io.cccpexplorer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which months of a range a month report reads from month rows. */
class WholeMonthsTest {

    static WholeMonths of(String from, String to) {
        return WholeMonths.within(LocalDate.parse(from), LocalDate.parse(to)).orElse(null);
    }

    @Test
    void aRangeFromTheFirstToTheLastDayOfAMonthIsThatMonth() {
        assertThat(of("2026-02-01", "2026-02-28")).isEqualTo(new WholeMonths(LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-03-01")));
        assertThat(of("2024-02-01", "2024-02-29").endMonth()).isEqualTo(202403);
    }

    @Test
    void partialMonthsAtTheEdgesAreLeftToTheDayRows() {
        WholeMonths m = of("2026-01-15", "2026-04-10");
        assertThat(m.first()).isEqualTo(LocalDate.parse("2026-02-01"));
        assertThat(m.end()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(m.firstMonth()).isEqualTo(202602);
        assertThat(m.endMonth()).isEqualTo(202604);
        assertThat(of("2025-12-31", "2026-02-01")).isEqualTo(new WholeMonths(LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-02-01")));
    }

    @Test
    void aRangeWithoutAWholeMonthHasNone() {
        assertThat(of("2026-02-02", "2026-02-28")).isNull();
        assertThat(of("2026-02-01", "2026-02-27")).isNull();
        assertThat(of("2026-01-20", "2026-02-10")).isNull();
        assertThat(of("2026-02-01", "2026-02-01")).isNull();
    }
}
