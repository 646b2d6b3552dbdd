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
    /** Per session, the start of its last interval reported (null: undated). */
    private final Map<String, Instant> lastStart = new HashMap<>();
    /** The sessions stored open: the first change that dates a session stores it, whatever its kind. */
    private final Set<String> stored = new HashSet<>();

    public AgentSessions(String project) {
        this.project = project;
    }

    /**
     * Notes the end of a closed interval (the model reports it before the agent's change that closed it).
     *
     * @return whether the interval is another row than the session's last one: false when the model closes a
     *     re-opened wrap-up again, which it reports with the same start and a later end (the store's key, agent
     *     session and start, is the same: the row is rewritten); the re-opened interval is always the last closed
     */
    public boolean interval(io.cccpexplorer.client.model.AgentInterval interval) {
        lastEnd.put(interval.sessionId(), interval.end().toInstant());
        Instant start = interval.start() == null ? null : interval.start().toInstant();
        Instant before = lastStart.put(interval.sessionId(), start);
        return start == null || !start.equals(before);
    }

    /**
     * The session to store for this change ({@code null}: nothing to store). An agent may appear before its row
     * names its login or login date (the records that create the session and log the user in are two commits): the
     * first change that has both stores the session.
     */
    public AgentSession change(Change<Agent> change) {
        if (change.kind() == ChangeKind.REMOVED) {
            stored.remove(change.previous().sessionId());
            lastStart.remove(change.previous().sessionId());
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
