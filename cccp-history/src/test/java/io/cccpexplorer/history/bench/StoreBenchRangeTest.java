package io.cccpexplorer.history.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bench's month range: another range each run, and never 'to' before 'from' (a 1-day bench failed so). */
class StoreBenchRangeTest {

    static final LocalDate FIRST = LocalDate.of(2026, 2, 1);

    @Test
    void aOneDayRangeKeepsItsDay() {
        assertThat(StoreBench.rangeEnd(FIRST, FIRST, 0)).isEqualTo(FIRST);
        assertThat(StoreBench.rangeEnd(FIRST, FIRST, 1)).isEqualTo(FIRST);
    }

    @Test
    void longerRangesAlternateBetweenTheLastDayAndTheOneBefore() {
        LocalDate last = FIRST.plusDays(29);
        assertThat(StoreBench.rangeEnd(FIRST, last, 0)).isEqualTo(last);
        assertThat(StoreBench.rangeEnd(FIRST, last, 1)).isEqualTo(last.minusDays(1));
        assertThat(StoreBench.rangeEnd(FIRST, FIRST.plusDays(1), 1)).isEqualTo(FIRST);
    }
}
