package io.cccpexplorer.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The team rule (which teams a queue or an agent's queues are in) and the settings' own checks. */
class FigureSettingsTest {

    private static final FigureSettings SETTINGS = FigureSettings.defaults(ZoneOffset.UTC)
            .withTeam("Front", List.of("DEMO__SALES", "DEMO__SUPPORT"))
            .withTeam("Back", List.of("DEMO__BILLING", "DEMO__SALES"));

    @Test
    void aQueueIsInEveryTeamThatListsItAndAnAgentInTheTeamsOfItsQueues() {
        assertThat(SETTINGS.teamsOf(List.of("DEMO__SALES"))).containsExactly("Front", "Back");
        assertThat(SETTINGS.teamsOf(List.of("DEMO__SUPPORT", "DEMO__BILLING"))).containsExactly("Front", "Back");
        assertThat(SETTINGS.teamsOf(List.of("DEMO__SUPPORT"))).containsExactly("Front");
        assertThat(SETTINGS.teamsOf(List.of("DEMO__VIP"))).isEmpty();
        assertThat(SETTINGS.teamsOf(List.of())).isEmpty();
        assertThat(FigureSettings.defaults(ZoneOffset.UTC).teamsOf(List.of("DEMO__SALES"))).isEmpty();
    }

    @Test
    void targetsMustBePositiveAndShortAbandonsNotNegative() {
        assertThat(SETTINGS.withQueueTarget("DEMO__VIP", Duration.ofSeconds(10)).targetOf("DEMO__VIP"))
                .isEqualTo(Duration.ofSeconds(10));
        assertThat(SETTINGS.targetOf("DEMO__VIP")).isEqualTo(Duration.ofSeconds(20));
        assertThatThrownBy(() -> SETTINGS.withServiceLevelTarget(Duration.ZERO))
                .hasMessageContaining("serviceLevelTarget");
        assertThatThrownBy(() -> SETTINGS.withShortAbandon(Duration.ofSeconds(-1)))
                .hasMessageContaining("shortAbandon");
        assertThat(SETTINGS.withShortAbandon(Duration.ZERO).shortAbandon()).isZero();
    }

    @Test
    void aSnapshotWithoutModelCarriesTheFiguresItIsGiven() {
        QueueFigures project = new QueueFigures("DEMO", 1, 1, 0, 0, 0, 0, 2, Duration.ofSeconds(30), 2, 3, 1, 0, 0, 0,
                1, Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(5), 0, Duration.ZERO);
        ContactCenterSnapshot s = ContactCenterSnapshot.of(List.of(), List.of(), List.of(), 1, null)
                .withFigures(Map.of("DEMO__SALES", project), Map.of("Front", project), project, Map.of());
        assertThat(s.projectFigures()).isSameAs(project);
        assertThat(s.queueFigures()).containsOnlyKeys("DEMO__SALES");
        assertThat(s.teamFigures()).containsOnlyKeys("Front");
        assertThat(ContactCenterSnapshot.of(List.of(), List.of(), List.of(), 1, null).projectFigures()).isNull();
    }
}
