package io.cccpexplorer.dashboard.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.client.model.AgentStatus;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.dashboard.ModelRecords;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The KPI bar and the chart's points show the model's project figures and statuses; they compute nothing. */
class KpiViewTest {

    private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-02-08T12:00:00+01:00");

    private static ContactCenterSnapshot snapshot() {
        return ContactCenterSnapshot.of(
                List.of(ModelRecords.agent(1, "a").state("Disponible", NOON).status(AgentStatus.TALKING)
                                .currentCall("s1").queues("P__Q").loggedInSince(NOON).build(),
                        ModelRecords.agent(2, "b").state("Disponible", NOON).queues("P__Q").loggedInSince(NOON)
                                .build(),
                        ModelRecords.agent(3, "c").state("Pause déjeuner", NOON).status(AgentStatus.PAUSE)
                                .queues("P__Q").loggedInSince(NOON).build()),
                List.of(), List.of(ModelRecords.queue(3, "P__Q").counters(2, 1, 9, 3).build()), 1, NOON.toInstant());
    }

    @Test
    void theFiguresAreTheModelsProjectFigures() {
        ContactCenterSnapshot s = snapshot().withFigures(Map.of(), Map.of(),
                ModelRecords.figures("P").agents(3, 1, 1).live(2, 45, 4).day(10, 6, 3, 60, 2).target(30).build(),
                Map.of());
        KpiView v = KpiView.of(s);
        assertThat(v.callsWaiting()).isEqualTo(2);   // the model's, not the server's queue counter (9)
        assertThat(v.longestWaitSeconds()).isEqualTo(45);
        assertThat(v.answeredToday()).isEqualTo(6);
        assertThat(v.abandonedToday()).isEqualTo(2);
        assertThat(v.serviceLevel()).isEqualTo(3.0 / 8);   // in target ÷ (answered + abandoned), the model's rule
        assertThat(v.serviceLevelTargetS()).isEqualTo(30);
        assertThat(v.averageWaitSeconds()).isEqualTo(10);
        // an agent "Disponible" on a call counts as talking: the model's status, not the server's state name
        assertThat(v.agentsByStatus()).containsExactlyInAnyOrderEntriesOf(Map.of("talking", 1, "available", 1,
                "pause", 1));
        assertThat(v.agentsByState()).containsEntry("Disponible", 2);
        assertThat(v.agentsLogged()).isEqualTo(3);

        ChartPoint p = ChartPoint.of(s, 1234L);
        assertThat(p).isEqualTo(new ChartPoint(1234L, 4, 2, 3.0 / 8));
    }

    @Test
    void withoutFiguresNothingIsMadeUp() {
        KpiView v = KpiView.of(snapshot());
        assertThat(v.callsWaiting()).isZero();
        assertThat(v.answeredToday()).isZero();
        assertThat(v.serviceLevel()).isNull();
        assertThat(v.serviceLevelTargetS()).isNull();
        assertThat(ChartPoint.of(snapshot(), 5L)).isEqualTo(new ChartPoint(5L, 0, 0, null));
    }
}
