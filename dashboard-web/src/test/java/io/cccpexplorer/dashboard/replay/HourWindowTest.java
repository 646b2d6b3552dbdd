package io.cccpexplorer.dashboard.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cccpexplorer.protocol.rlog.LogFile;
import io.cccpexplorer.protocol.rlog.LogSource;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Local days and hours against UTC file hours, including both clock changes and a half-hour zone. */
class HourWindowTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aWinterDayInParisIsTheUtcFilesFrom23hTheDayBefore() {
        HourWindow w = HourWindow.of(key(LocalDate.of(2026, 2, 9), null), PARIS);

        assertThat(w.from()).isEqualTo(Instant.parse("2026-02-08T23:00:00Z"));
        assertThat(w.to()).isEqualTo(Instant.parse("2026-02-09T23:00:00Z"));
        assertThat(hoursOf(w.select(filesAround("2026-02-08T20:00:00Z", 30))))
                .first().isEqualTo("2026-02-08T23:00:00Z");
        assertThat(w.select(filesAround("2026-02-08T20:00:00Z", 30))).hasSize(24);
    }

    @Test
    void aLocalHourIsTheFileOfTheUtcHourItFallsIn() {
        HourWindow w = HourWindow.of(key(LocalDate.of(2026, 2, 9), 10), PARIS);

        assertThat(w.from()).isEqualTo(Instant.parse("2026-02-09T09:00:00Z"));
        assertThat(w.to()).isEqualTo(Instant.parse("2026-02-09T10:00:00Z"));
        assertThat(hoursOf(w.select(filesAround("2026-02-09T05:00:00Z", 10)))).containsExactly("2026-02-09T09:00:00Z");
        assertThat(w.contains(Instant.parse("2026-02-09T09:59:59Z"))).isTrue();
        assertThat(w.contains(Instant.parse("2026-02-09T10:00:00Z"))).isFalse();
    }

    @Test
    void theSkippedSpringHourDoesNotExist() {
        assertThatThrownBy(() -> HourWindow.of(key(LocalDate.of(2026, 3, 29), 2), PARIS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
        HourWindow day = HourWindow.of(key(LocalDate.of(2026, 3, 29), null), PARIS);
        assertThat(ChronoUnit.HOURS.between(day.from(), day.to())).isEqualTo(23);
    }

    @Test
    void theRepeatedAutumnHourCoversBothOccurrences() {
        HourWindow two = HourWindow.of(key(LocalDate.of(2026, 10, 25), 2), PARIS);
        HourWindow one = HourWindow.of(key(LocalDate.of(2026, 10, 25), 1), PARIS);

        assertThat(two.from()).isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
        assertThat(two.to()).isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
        assertThat(one.to()).isEqualTo(two.from());
        assertThat(ChronoUnit.HOURS.between(HourWindow.of(key(LocalDate.of(2026, 10, 25), null), PARIS).from(),
                HourWindow.of(key(LocalDate.of(2026, 10, 25), null), PARIS).to())).isEqualTo(25);
    }

    @Test
    void aHalfHourZoneNeedsTwoFilesPerHour() {
        HourWindow w = HourWindow.of(key(LocalDate.of(2026, 2, 9), 10), ZoneId.of("Asia/Kolkata"));

        assertThat(hoursOf(w.select(filesAround("2026-02-09T02:00:00Z", 6))))
                .containsExactly("2026-02-09T04:00:00Z", "2026-02-09T05:00:00Z");
    }

    @Test
    void progressIsTheShareOfTheWindowReplayed() {
        HourWindow w = HourWindow.of(key(LocalDate.of(2026, 2, 9), 10), PARIS);

        assertThat(w.progress(null)).isZero();
        assertThat(w.progress(Instant.parse("2026-02-09T09:30:00Z"))).isEqualTo(0.5);
        assertThat(w.progress(Instant.parse("2026-02-09T12:00:00Z"))).isEqualTo(1.0);
    }

    private static SnapshotKey key(LocalDate date, Integer hour) {
        return new SnapshotKey("ACME", date, hour == null ? OptionalInt.empty() : OptionalInt.of(hour));
    }

    private static List<LogFile> filesAround(String first, int hours) {
        List<LogFile> out = new ArrayList<>();
        Instant h = Instant.parse(first);
        for (int i = 0; i < hours; i++, h = h.plus(1, ChronoUnit.HOURS)) {
            out.add(new LogFile(Path.of("/logs", LogFile.fileName(h)), LogSource.ccxml("ACME", "host1"), h));
        }
        return out;
    }

    private static List<String> hoursOf(List<LogFile> files) {
        return files.stream().map(f -> f.hour().toString()).toList();
    }
}
