package io.cccpexplorer.client.model;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class AgentStatusRuleTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 2, 8, 9, 0, 0, 0, ZoneOffset.ofHours(1));

    private static AgentStatusRule.Facts facts(String mode, String name, String display, String group,
                                               QueueTaskState phase, OffsetDateTime lastEnded) {
        return new AgentStatusRule.Facts(true, mode, name, display, group, T0, phase,
                phase == null ? null : T0.plusMinutes(5), lastEnded);
    }

    @Test
    void theCallDecidesOverTheServerState() {
        // "Disponible" with a call: the server state alone would say available
        for (var c : new Object[][] {{QueueTaskState.OFFERED, AgentStatus.RINGING},
                {QueueTaskState.TALKING, AgentStatus.TALKING}, {QueueTaskState.WRAP_UP, AgentStatus.WRAP_UP}}) {
            AgentStatusRule.Result r = AgentStatusRule.of(facts("agent interface", "available", "Disponible",
                    "inbound", (QueueTaskState) c[0], null));
            assertThat(r.status()).isEqualTo(c[1]);
            assertThat(r.since()).isEqualTo(T0.plusMinutes(5));
        }
    }

    /** A managed task in post-contact since T0+5 min, the agent's state entered at {@code stateSince}. */
    private static AgentStatusRule.Facts managedWrapUp(String name, String display, String group,
                                                       OffsetDateTime stateSince) {
        return new AgentStatusRule.Facts(true, "agent interface", name, display, group, stateSince,
                QueueTaskState.WRAP_UP, T0.plusMinutes(5), null, true);
    }

    @Test
    void aManagedTaskDecidesUntilTheAgentEntersAnotherStateThanAWrapUpAfterIt() {
        // the ccxml ends the task when the wrap-up time is over: until then it is the wrap-up, whatever the state
        // the agent was in before
        AgentStatusRule.Result during = AgentStatusRule.of(managedWrapUp("available", "Disponible", "inbound", T0));
        assertThat(during.status()).isEqualTo(AgentStatus.WRAP_UP);
        assertThat(during.since()).isEqualTo(T0.plusMinutes(5));
        assertThat(AgentStatusRule.of(managedWrapUp("wrap_up", "Post-appel", "inbound", T0.plusMinutes(6)))
                .since()).as("a wrap-up state entered since: the task's phase still dates it")
                .isEqualTo(T0.plusMinutes(5));

        // a ccxml that never ends its tasks: the state the agent entered since says where the agent is
        AgentStatusRule.Result back = AgentStatusRule.of(managedWrapUp("available", "Disponible", "inbound",
                T0.plusMinutes(6)));
        assertThat(back.status()).isEqualTo(AgentStatus.AVAILABLE);
        assertThat(back.since()).isEqualTo(T0.plusMinutes(6));
        assertThat(AgentStatusRule.of(managedWrapUp("lunch", "Déjeuner", "pause", T0.plusMinutes(6))).status())
                .isEqualTo(AgentStatus.PAUSE);

        // a task not managed yet decides whatever the state
        assertThat(AgentStatusRule.of(new AgentStatusRule.Facts(true, "agent interface", "available", "Disponible",
                "inbound", T0.plusMinutes(6), QueueTaskState.TALKING, T0.plusMinutes(5), null, false)).status())
                .isEqualTo(AgentStatus.TALKING);
    }

    @Test
    void pauseStatesGiveTheirDisplayNameAsReason() {
        AgentStatusRule.Result byGroup = AgentStatusRule.of(facts("agent interface", "lunch", "Déjeuner", "pause",
                null, null));
        assertThat(byGroup.status()).isEqualTo(AgentStatus.PAUSE);
        assertThat(byGroup.pauseReason()).isEqualTo("Déjeuner");
        assertThat(byGroup.since()).isEqualTo(T0);
        assertThat(AgentStatusRule.of(facts("agent", "p2", "Pause formation", null, null, null)).pauseReason())
                .isEqualTo("Pause formation");
        AgentStatusRule.Result unplugged = AgentStatusRule.of(facts("unplug agent", "available", "Disponible",
                "inbound", null, null));
        assertThat(unplugged.status()).isEqualTo(AgentStatus.PAUSE);
        assertThat(unplugged.pauseReason()).isEqualTo("unplug agent");
    }

    @Test
    void wrapUpAndSupervisionStates() {
        assertThat(AgentStatusRule.of(facts("agent", "wrap_up", "Post-appel", "inbound", null, null)).status())
                .isEqualTo(AgentStatus.WRAP_UP);
        assertThat(AgentStatusRule.of(facts("supervisor interface", "available", "Disponible", null, null, null))
                .status()).isEqualTo(AgentStatus.SUPERVISING);
        assertThat(AgentStatusRule.of(facts("agent", "s", "supervision", null, null, null)).status())
                .isEqualTo(AgentStatus.SUPERVISING);
        // a supervisor who takes a call is talking
        assertThat(AgentStatusRule.of(facts("supervisor interface", "s", "supervision", null,
                QueueTaskState.TALKING, null)).status()).isEqualTo(AgentStatus.TALKING);
    }

    @Test
    void availableSinceTheEndOfTheLastCallWhenItIsLaterThanTheState() {
        AgentStatusRule.Result r = AgentStatusRule.of(facts("agent", "available", "Disponible", "inbound", null,
                T0.plusMinutes(42)));
        assertThat(r.status()).isEqualTo(AgentStatus.AVAILABLE);
        assertThat(r.since()).isEqualTo(T0.plusMinutes(42));
        assertThat(AgentStatusRule.of(facts("agent", "available", "Disponible", "inbound", null,
                T0.minusMinutes(1))).since()).isEqualTo(T0);
    }

    @Test
    void aClosedSessionIsLoggedOut() {
        assertThat(AgentStatusRule.of(new AgentStatusRule.Facts(false, "agent", "available", "Disponible", null, T0,
                QueueTaskState.TALKING, T0, null)).status()).isEqualTo(AgentStatus.LOGGED_OUT);
    }

    @Test
    void theTechnicalLoginIsNotAPerson() {
        assertThat(Agent.isTechnicalLogin("consistent")).isTrue();
        assertThat(Agent.isTechnicalLogin("alice")).isFalse();
        assertThat(Agent.isTechnicalLogin(null)).isFalse();
    }
}
