package io.cccpexplorer.dashboard.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.client.model.AgentStatus;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.dashboard.ModelRecords;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveReadingsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-02-08T10:00:00+01:00");

    @Test
    void queueCountersProjectTotalsAndAgentTimesAreRead() {
        ContactCenterSnapshot s = ContactCenterSnapshot.of(List.of(
                        ModelRecords.agent(1, "alice").state("Pause déjeuner", NOW.minusMinutes(20))
                                .status(AgentStatus.PAUSE).build(),
                        ModelRecords.agent(2, "bob").state("Disponible", NOW.minusMinutes(3))
                                .status(AgentStatus.WRAP_UP).build(),
                        ModelRecords.agent(3, "carol").state("Disponible", NOW.minusMinutes(9)).build()),
                List.of(),
                List.of(ModelRecords.queue(10, "ACME__SAV").counters(2, 1, 3, 4).oldestWaiting(NOW.minusSeconds(70))
                                .build(),
                        ModelRecords.queue(11, "ACME__VENTES").counters(2, 1, 1, 1).oldestWaiting(NOW.minusSeconds(5))
                                .build(),
                        ModelRecords.queue(12, "ACME__VQ_ALL").virtual().counters(4, 2, 4, 5)
                                .oldestWaiting(NOW.minusSeconds(70)).build()),
                1, NOW.toInstant());
        Instant now = NOW.toInstant();

        assertThat(LiveReadings.of(s, now)).containsExactlyInAnyOrder(
                new Reading(Subject.queue("SAV"), AlertMetric.WAITING, 3),
                new Reading(Subject.queue("SAV"), AlertMetric.LONGEST_WAIT_S, 70),
                new Reading(Subject.queue("VENTES"), AlertMetric.WAITING, 1),
                new Reading(Subject.queue("VENTES"), AlertMetric.LONGEST_WAIT_S, 5),
                new Reading(Subject.PROJECT, AlertMetric.WAITING, 4),          // the virtual queue is not counted
                new Reading(Subject.PROJECT, AlertMetric.LONGEST_WAIT_S, 70),
                new Reading(Subject.agent("alice"), AlertMetric.PAUSE_S, 1200),
                new Reading(Subject.agent("bob"), AlertMetric.WRAP_UP_S, 180));
    }
}
