package io.cccpexplorer.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.client.model.AgentStatus;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Which of the model's closed intervals the store keeps as rows: the rule both writers apply. */
class ModelRecordsTest {

    static final OffsetDateTime T = OffsetDateTime.parse("2026-02-09T09:04:45.325615+01:00");

    static io.cccpexplorer.client.model.AgentInterval available(OffsetDateTime start, OffsetDateTime end) {
        return new io.cccpexplorer.client.model.AgentInterval("agent0005", "user_103@x", AgentStatus.AVAILABLE, null,
                null, null, start, end);
    }

    @Test
    void anIntervalEndedInTheMillisecondItStartedIsNoRowTheNextOneStartingThereTakesItsKey() {
        // 0.226 ms available between two steps of a call (a synthetic day has seven such): the ringing that follows
        // starts at its end, in the same millisecond, the store's key
        assertThat(ModelRecords.storable(available(T, T.plusNanos(226_000)))).isFalse();
        assertThat(ModelRecords.storable(available(T, T.plusNanos(700_000)))).as("into the next millisecond")
                .isTrue();
        assertThat(ModelRecords.storable(available(T, T.plusSeconds(8)))).isTrue();
    }

    @Test
    void anIntervalTheServerDidNotDateIsNoRow() {
        assertThat(ModelRecords.storable(available(null, T))).isFalse();
    }
}
