package io.cccpexplorer.dashboard.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessDayTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aDayStartsAtItsLocalStartTime() {
        BusinessDay midnight = new BusinessDay(PARIS, LocalTime.MIDNIGHT);
        assertThat(midnight.startOf(Instant.parse("2026-02-08T10:00:00Z"))).isEqualTo("2026-02-07T23:00:00Z");
        assertThat(midnight.startOf(Instant.parse("2026-02-07T23:00:00Z"))).isEqualTo("2026-02-07T23:00:00Z");
        assertThat(midnight.startOf(Instant.parse("2026-02-07T22:59:59Z"))).isEqualTo("2026-02-06T23:00:00Z");
    }

    @Test
    void aLaterStartCountsTheSmallHoursInThePreviousDay() {
        BusinessDay six = new BusinessDay(PARIS, LocalTime.of(6, 0));
        // 05:30 in Paris belongs to the day that started yesterday at 06:00
        assertThat(six.startOf(Instant.parse("2026-02-08T04:30:00Z"))).isEqualTo("2026-02-07T05:00:00Z");
        assertThat(six.startOf(Instant.parse("2026-02-08T05:00:00Z"))).isEqualTo("2026-02-08T05:00:00Z");
        assertThat(six.sameDay(Instant.parse("2026-02-08T04:30:00Z"), Instant.parse("2026-02-07T12:00:00Z"))).isTrue();
    }

    @Test
    void daylightSavingTimeMovesTheOffsetNotTheLocalStart() {
        BusinessDay midnight = new BusinessDay(PARIS, LocalTime.MIDNIGHT);
        // 29 March 2026: clocks go from +01:00 to +02:00 at 02:00
        assertThat(midnight.startOf(Instant.parse("2026-03-29T12:00:00Z"))).isEqualTo("2026-03-28T23:00:00Z");
        assertThat(midnight.startOf(Instant.parse("2026-03-30T12:00:00Z"))).isEqualTo("2026-03-29T22:00:00Z");
    }
}
