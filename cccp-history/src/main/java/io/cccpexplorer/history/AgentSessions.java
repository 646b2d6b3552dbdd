package io.cccpexplorer.history;

import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.Change;
import io.cccpexplorer.client.model.ChangeKind;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The agent sessions (login, logout) the model's changes tell, for both writers (live and import): a session when
 * an agent appears, again with its logout when it leaves. The logout is the end of the session's last interval,
 * which the model closed when the agent left (dated from the data, never from the clock); a session that left
 * with no interval closed keeps no logout. Not thread-safe: one per project's listener.
 */
public final class AgentSessions {

    private final String project;
    private final Map<String, Instant> lastEnd = new HashMap<>();
    /** The sessions stored open: the first change that dates a session stores it, whatever its kind. */
    private final Set<String> stored = new HashSet<>();

    public AgentSessions(String project) {
        this.project = project;
    }

    /** Notes the end of a closed interval (the model reports it before the agent's change that closed it). */
    public void interval(io.cccpexplorer.client.model.AgentInterval interval) {
        lastEnd.put(interval.sessionId(), interval.end().toInstant());
    }

    /**
     * The session to store for this change ({@code null}: nothing to store). An agent may appear before its row
     * names its login or login date (the records that create the session and log the user in are two commits): the
     * first change that has both stores the session.
     */
    public AgentSession change(Change<Agent> change) {
        if (change.kind() == ChangeKind.REMOVED) {
            stored.remove(change.previous().sessionId());
            return session(change.previous(), lastEnd.remove(change.previous().sessionId()));
        }
        AgentSession s = session(change.current(), null);
        return s != null && stored.add(s.sessionId()) ? s : null;
    }

    private AgentSession session(Agent agent, Instant logout) {
        if (agent.technical() || agent.loggedInSince() == null || agent.login() == null) {
            return null;   // the platform's login, or a session the data does not date
        }
        return new AgentSession(project, agent.sessionId(), agent.login(), agent.name(),
                agent.loggedInSince().toInstant(), logout);
    }
}
