package io.cccpexplorer.dashboard.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.view.ChartPoint;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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

    /** An archive holding what an earlier run kept, and the range it was asked for. */
    private static final class Kept implements CurveArchive {
        final List<ChartPoint> points;
        final List<Instant> asked = new ArrayList<>();

        Kept(List<ChartPoint> points) {
            this.points = points;
        }

        @Override
        public CompletionStage<List<ChartPoint>> points(String project, Instant from, Instant to) {
            asked.add(from);
            asked.add(to);
            return CompletableFuture.completedFuture(points);
        }

        @Override
        public void keep(Map<String, ChartPoint> taken) {
        }
    }

    @Test
    void aRestartedCurveHasTheDaysKeptPointsBeforeItsOwn() {
        Instant restart = MORNING.plusSeconds(3600);
        Kept archive = new Kept(List.of(at(MORNING.minus(Duration.ofDays(1)), 7),   // yesterday's: not today's curve
                at(MORNING, 1), at(MORNING.plusSeconds(10), 2), at(MORNING.plusSeconds(20), 3),
                at(restart.plusSeconds(5), 9)));   // newer than this run's first point (another node's): left out
        DayCurve curve = new DayCurve(UTC_DAY, Duration.ofSeconds(10));
        curve.add(at(restart, 4));   // a point taken before the archive answered
        curve.seedFrom(archive, "ACME", restart);
        curve.add(at(restart.plusSeconds(10), 5));

        assertThat(archive.asked).containsExactly(Instant.parse("2026-02-08T00:00:00Z"), restart);
        assertThat(curve.points(restart.plusSeconds(10))).extracting(ChartPoint::callsInProgress)
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(curve.latest(restart.plusSeconds(10)).callsInProgress()).isEqualTo(5);
    }

    @Test
    void aCurveWhoseArchiveCannotBeReadStartsWithItsOwnPoints() {
        CurveArchive broken = new CurveArchive() {
            @Override
            public CompletionStage<List<ChartPoint>> points(String project, Instant from, Instant to) {
                return CompletableFuture.failedFuture(new IllegalStateException("store down"));
            }

            @Override
            public void keep(Map<String, ChartPoint> taken) {
            }
        };
        DayCurve curve = new DayCurve(UTC_DAY, Duration.ofSeconds(10));
        curve.seedFrom(broken, "ACME", MORNING);
        curve.add(at(MORNING.plusSeconds(10), 5));
        assertThat(curve.points(MORNING.plusSeconds(10))).extracting(ChartPoint::callsInProgress).containsExactly(5);
    }

    @Test
    void keptPointsOfADayThatEndedAreNotTodays() {
        Instant tomorrow = MORNING.plus(Duration.ofDays(1));
        DayCurve curve = new DayCurve(UTC_DAY, Duration.ofSeconds(10));
        curve.seedFrom(new Kept(List.of(at(MORNING, 1))), "ACME", MORNING.plusSeconds(60));
        assertThat(curve.points(MORNING.plusSeconds(60))).hasSize(1);
        curve.add(at(tomorrow, 2));
        assertThat(curve.points(tomorrow)).extracting(ChartPoint::callsInProgress).containsExactly(2);
    }
}
