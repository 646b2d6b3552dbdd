package io.cccpexplorer.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.AgentStatus;
import io.cccpexplorer.client.model.Change;
import io.cccpexplorer.client.model.ChangeKind;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sessions both writers store: login when the agent appears, logout at its last interval's end (data time). */
class AgentSessionsTest {

    static final OffsetDateTime LOGIN = OffsetDateTime.parse("2026-02-09T09:00:00+01:00");

    static Agent agent(String login, AgentStatus status, OffsetDateTime since) {
        return new Agent(10, "user_1@x", login, "Alice A.", "ACME", "agent", "agent interface", status, since, null,
                "Disponible", since, null, List.of(), null, LOGIN);
    }

    @Test
    void aLoginIsStoredOpenAndItsLogoutAtTheEndOfItsLastInterval() {
        AgentSessions sessions = new AgentSessions("ACME");
        Agent alice = agent("alice", AgentStatus.AVAILABLE, LOGIN);
        AgentSession in = sessions.change(new Change<>(ChangeKind.ADDED, null, alice, 1));
        assertThat(in).isEqualTo(new AgentSession("ACME", "user_1@x", "alice", "Alice A.", LOGIN.toInstant(), null));
        assertThat(sessions.change(new Change<>(ChangeKind.UPDATED, alice, alice, 2))).isNull();

        OffsetDateTime end = LOGIN.plusHours(2);
        sessions.interval(new io.cccpexplorer.client.model.AgentInterval("alice", "user_1@x", AgentStatus.AVAILABLE,
                null, null, null, LOGIN, end));
        AgentSession out = sessions.change(new Change<>(ChangeKind.REMOVED, alice, null, 3));
        assertThat(out.login()).isEqualTo(LOGIN.toInstant());
        assertThat(out.logout()).isEqualTo(end.toInstant());
    }

    @Test
    void anIntervalClosedAgainWithItsStartIsTheSameRow() {
        AgentSessions sessions = new AgentSessions("ACME");
        assertThat(sessions.interval(wrapUp(LOGIN, LOGIN.plusMinutes(1)))).as("a new row").isTrue();
        assertThat(sessions.interval(wrapUp(LOGIN, LOGIN.plusMinutes(2)))).as("re-opened, closed again").isFalse();
        assertThat(sessions.interval(wrapUp(LOGIN.plusMinutes(2), LOGIN.plusMinutes(3)))).isTrue();
        assertThat(sessions.interval(new io.cccpexplorer.client.model.AgentInterval("bob", "user_2@x",
                AgentStatus.WRAP_UP, null, null, null, LOGIN.plusMinutes(2), LOGIN.plusMinutes(4))))
                .as("another session's").isTrue();
        sessions.change(new Change<>(ChangeKind.REMOVED, agent("alice", AgentStatus.AVAILABLE, LOGIN), null, 1));
        assertThat(sessions.interval(wrapUp(LOGIN.plusMinutes(2), LOGIN.plusMinutes(5))))
                .as("after the session left, nothing is remembered of it").isTrue();
    }

    static io.cccpexplorer.client.model.AgentInterval wrapUp(OffsetDateTime start, OffsetDateTime end) {
        return new io.cccpexplorer.client.model.AgentInterval("alice", "user_1@x", AgentStatus.WRAP_UP, null, "c1",
                "ACME__SAV", start, end);
    }

    @Test
    void aSessionWhoseLoginArrivesLaterIsStoredOnceItIsKnown() {
        AgentSessions sessions = new AgentSessions("ACME");
        Agent unnamed = agent(null, AgentStatus.AVAILABLE, LOGIN);
        assertThat(sessions.change(new Change<>(ChangeKind.ADDED, null, unnamed, 1))).isNull();
        Agent alice = agent("alice", AgentStatus.AVAILABLE, LOGIN);
        assertThat(sessions.change(new Change<>(ChangeKind.UPDATED, unnamed, alice, 2)).agent()).isEqualTo("alice");
        assertThat(sessions.change(new Change<>(ChangeKind.UPDATED, alice, alice, 3))).as("stored once").isNull();
    }

    @Test
    void thePlatformsLoginIsNoAgentSession() {
        AgentSessions sessions = new AgentSessions("ACME");
        assertThat(sessions.change(new Change<>(ChangeKind.ADDED, null,
                agent(Agent.TECHNICAL_LOGIN, AgentStatus.AVAILABLE, LOGIN), 1))).isNull();
    }
}
