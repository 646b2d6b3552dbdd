package io.cccpexplorer.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@link Value.DateValue} as an {@link OffsetDateTime}: the server's instant, in the server's offset. */
class DateValueTest {

    @Test
    void theInstantIsKeptInTheServersOffset() {
        OffsetDateTime d = new Value.DateValue(1_770_000_000L, 123_456L, ZoneOffset.ofHours(1)).toOffsetDateTime();
        same(d, "2026-02-02T03:40:00.123456+01:00");
    }

    @Test
    void anOffsetBehindUtcCanMoveTheDateBack() {
        OffsetDateTime d = new Value.DateValue(1_770_000_000L, 0, ZoneOffset.ofHoursMinutes(-9, -30))
                .toOffsetDateTime();
        same(d, "2026-02-01T17:10:00-09:30");
    }

    @Test
    void microsecondsBeyondASecondAreClampedAndNegativeOnesBorrowFromTheSecond() {
        same(new Value.DateValue(60, 5_000_000L, ZoneOffset.UTC).toOffsetDateTime(), "1970-01-01T00:01:00.999999Z");
        same(new Value.DateValue(60, -1L, ZoneOffset.UTC).toOffsetDateTime(), "1970-01-01T00:00:59.999999Z");
    }

    @Test
    void theNilDateHasNone() {
        assertThat(Value.DateValue.NIL.toOffsetDateTime()).isNull();
        assertThat(Value.DateValue.NIL.asText()).isEmpty();
    }

    @Test
    void aRoundTripThroughOfKeepsInstantAndOffset() {
        OffsetDateTime d = OffsetDateTime.parse("2026-12-06T15:04:05.000042+05:45");
        same(Value.DateValue.of(d).toOffsetDateTime(), d.toString());
    }

    /** The same instant, offset and local time (an OffsetDateTime assertion alone compares instants). */
    private static void same(OffsetDateTime actual, String expected) {
        OffsetDateTime e = OffsetDateTime.parse(expected);
        assertThat(actual.toLocalDateTime()).isEqualTo(e.toLocalDateTime());
        assertThat(actual.getOffset()).isEqualTo(e.getOffset());
    }
}
