package io.cccpexplorer.dashboard.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.view.ChartPoint;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DayCurveTest {

    private static final BusinessDay UTC_DAY = new BusinessDay(ZoneOffset.UTC, LocalTime.MIDNIGHT);
    private static final Instant MORNING = Instant.parse("2026-02-08T08:00:00Z");

    private static ChartPoint at(Instant t, int inProgress) {
        return new ChartPoint(t.toEpochMilli(), inProgress, 0, null);
    }

    @Test
    void keepsEveryPointOfTheDayInOrder() {
        DayCurve curve = new DayCurve(UTC_DAY, Duration.ofSeconds(10));
        for (int i = 0; i < 500; i++) {
            curve.add(at(MORNING.plusSeconds(10L * i), i));
        }
        curve.add(at(MORNING, 99));   // older than the newest: dropped, the browser appends pushes blindly
        Instant later = MORNING.plusSeconds(5000);
        assertThat(curve.points(later)).hasSize(500);
        assertThat(curve.points(later).get(0).callsInProgress()).isZero();
        assertThat(curve.latest(later).callsInProgress()).isEqualTo(499);
    }

    @Test
    void aNewDayStartsAnEmptyCurveAndYesterdaysIsNotShownToday() {
        DayCurve curve = new DayCurve(UTC_DAY, Duration.ofSeconds(10));
        curve.add(at(MORNING, 1));
        Instant tomorrow = MORNING.plus(Duration.ofDays(1));
        assertThat(curve.points(tomorrow)).isEmpty();
        assertThat(curve.latest(tomorrow)).isNull();
        curve.add(at(tomorrow, 2));
        curve.add(at(MORNING.plusSeconds(60), 3));   // a late point of yesterday does not come back
        assertThat(curve.points(tomorrow)).extracting(ChartPoint::callsInProgress).containsExactly(2);
    }

    @Test
    void holdsAtMostOneDayOfPoints() {
        DayCurve curve = new DayCurve(UTC_DAY, Duration.ofHours(1));   // at most 26 points
        Instant start = Instant.parse("2026-02-08T00:00:00Z");
        for (int i = 0; i < 24 * 60; i++) {
            curve.add(at(start.plusSeconds(60L * i), i));
        }
        assertThat(curve.points(start.plusSeconds(86_000))).hasSize(26)
                .last().extracting(ChartPoint::callsInProgress).isEqualTo(24 * 60 - 1);
    }
}
