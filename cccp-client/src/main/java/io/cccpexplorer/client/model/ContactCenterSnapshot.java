package io.cccpexplorer.client.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An immutable, consistent view of the model: everything in it was true at the same {@link #sequence()}. Built on
 * demand from the model's indexes (never per change) and cached until the next change, so reading it costs at most
 * one pass over the model. Lists are in no particular order: sort where they are shown. Lookups return
 * {@code null} when absent.
 */
public final class ContactCenterSnapshot {

    /** Nothing yet. */
    public static final ContactCenterSnapshot EMPTY = new ContactCenterSnapshot(List.of(), List.of(),
            List.of(), List.of(), 0, null, null, Map.of(), Map.of(), null, Map.of());

    private final List<Agent> agents;
    private final List<Agent> technicalAgents;
    private final List<Call> calls;
    private final List<QueueStats> queues;
    private final long sequence;
    private final Instant lastChange;
    private final Instant asOf;
    private final Map<String, QueueFigures> queueFigures;
    private final Map<String, QueueFigures> teamFigures;
    private final QueueFigures projectFigures;
    private final Map<String, AgentDayFigures> agentFigures;
    private final Map<String, Agent> agentsByLogin = new java.util.HashMap<>();
    private final Map<String, Agent> agentsBySession = new java.util.HashMap<>();
    private final Map<String, Call> callsBySession = new java.util.HashMap<>();
    private final Map<String, QueueStats> queuesByName = new java.util.HashMap<>();
    private final Map<String, List<Agent>> agentsByQueue = new java.util.HashMap<>();

    ContactCenterSnapshot(List<Agent> agents, List<Agent> technicalAgents, List<Call> calls, List<QueueStats> queues,
                          long sequence, Instant lastChange, Instant asOf, Map<String, QueueFigures> queueFigures,
                          Map<String, QueueFigures> teamFigures, QueueFigures projectFigures,
                          Map<String, AgentDayFigures> agentFigures) {
        this.agents = List.copyOf(agents);
        this.technicalAgents = List.copyOf(technicalAgents);
        this.calls = List.copyOf(calls);
        this.queues = List.copyOf(queues);
        this.sequence = sequence;
        this.lastChange = lastChange;
        this.asOf = asOf;
        this.queueFigures = Map.copyOf(queueFigures);
        this.teamFigures = Map.copyOf(teamFigures);
        this.projectFigures = projectFigures;
        this.agentFigures = Map.copyOf(agentFigures);
        for (Agent a : this.agents) {
            agentsBySession.put(a.sessionId(), a);
            agentsByLogin.merge(a.login(), a, ContactCenterSnapshot::newer);
            for (String q : a.queues()) {
                agentsByQueue.computeIfAbsent(q, k -> new java.util.ArrayList<>()).add(a);
            }
        }
        for (Agent a : this.technicalAgents) {
            agentsBySession.put(a.sessionId(), a);
        }
        for (Call c : this.calls) {
            callsBySession.put(c.sessionId(), c);
        }
        for (QueueStats q : this.queues) {
            queuesByName.put(q.name(), q);
        }
    }

    /**
     * A snapshot of records that do not come from a live model (a test or demo feed): agents are split from the
     * technical login, there are no figures.
     *
     * @param agents     the agents, technical sessions included
     * @param calls      the calls
     * @param queues     the queues
     * @param sequence   the sequence number of the last change
     * @param lastChange when the last change was applied, also the snapshot's {@link #asOf()}
     * @return the snapshot
     */
    public static ContactCenterSnapshot of(List<Agent> agents, List<Call> calls, List<QueueStats> queues,
                                           long sequence, Instant lastChange) {
        List<Agent> people = new java.util.ArrayList<>();
        List<Agent> technical = new java.util.ArrayList<>();
        for (Agent a : agents) {
            (a.technical() ? technical : people).add(a);
        }
        return new ContactCenterSnapshot(people, technical, calls, queues, sequence, lastChange, lastChange, Map.of(),
                Map.of(), null, Map.of());
    }

    /**
     * The same records with the given figures (a test or demo feed that has no model to compute them, e.g. the
     * dashboard's in-memory feed); the live model builds its own.
     *
     * @param queueFigures   figures per queue (full name)
     * @param teamFigures    figures per team
     * @param projectFigures figures of all queues together, or {@code null}
     * @param agentFigures   the day's figures per agent login
     * @return a snapshot of the same records and dates with these figures
     */
    public ContactCenterSnapshot withFigures(Map<String, QueueFigures> queueFigures,
                                             Map<String, QueueFigures> teamFigures, QueueFigures projectFigures,
                                             Map<String, AgentDayFigures> agentFigures) {
        return new ContactCenterSnapshot(agents, technicalAgents, calls, queues, sequence, lastChange, asOf,
                queueFigures, teamFigures, projectFigures, agentFigures);
    }

    private static Agent newer(Agent a, Agent b) {
        if (a.loggedInSince() == null) {
            return b;
        }
        return b.loggedInSince() != null && b.loggedInSince().isAfter(a.loggedInSince()) ? b : a;
    }

    /** {@return logged-in agents, without the technical login ({@link Agent#technical()})} */
    public List<Agent> agents() {
        return agents;
    }

    /** {@return sessions of the technical login} */
    public List<Agent> technicalAgents() {
        return technicalAgents;
    }

    /** {@return the day's calls the server still lists (ended ones included; see {@link Call#status()})} */
    public List<Call> calls() {
        return calls;
    }

    /** {@return all queues, virtual and per-user ones included} */
    public List<QueueStats> queues() {
        return queues;
    }

    /** {@return the sequence number of the last change applied} */
    public long sequence() {
        return sequence;
    }

    /** {@return when the last change was applied (the model's clock), {@code null} before any} */
    public Instant lastChange() {
        return lastChange;
    }

    /**
     * {@return when this snapshot was built (the model's clock): live figures and open statuses are counted up to
     * it}
     */
    public Instant asOf() {
        return asOf;
    }

    /** {@return figures per queue (full name), one for every queue of {@link #queues()}} */
    public Map<String, QueueFigures> queueFigures() {
        return queueFigures;
    }

    /** {@return figures per team of {@link FigureSettings#teams()}} */
    public Map<String, QueueFigures> teamFigures() {
        return teamFigures;
    }

    /** {@return figures of all queues together, {@code null} in the empty snapshot} */
    public QueueFigures projectFigures() {
        return projectFigures;
    }

    /** {@return the day's figures per agent login, including agents who logged out since the day start} */
    public Map<String, AgentDayFigures> agentFigures() {
        return agentFigures;
    }

    /**
     * @param login an agent's login
     * @return the agent logged in as {@code login} (the most recent session if several), or {@code null}
     */
    public Agent agent(String login) {
        return agentsByLogin.get(login);
    }

    /**
     * @param sessionId a session id
     * @return the agent or technical session {@code sessionId}, or {@code null}
     */
    public Agent agentBySession(String sessionId) {
        return agentsBySession.get(sessionId);
    }

    /**
     * @param sessionId a call's session id
     * @return the call {@code sessionId}, or {@code null}
     */
    public Call call(String sessionId) {
        return callsBySession.get(sessionId);
    }

    /**
     * @param name a queue's full name ({@link QueueStats#name()})
     * @return the queue named {@code name}, or {@code null}
     */
    public QueueStats queue(String name) {
        return queuesByName.get(name);
    }

    /**
     * @param queue a queue's full name
     * @return the logged-in agents serving {@code queue}
     */
    public Collection<Agent> agentsOf(String queue) {
        return agentsByQueue.getOrDefault(queue, List.of());
    }

    /**
     * @param sessionId a session id
     * @return the object id of that session (agent, technical or call) in this snapshot, or {@code null}
     */
    public Integer objectIdOfSession(String sessionId) {
        Agent a = agentBySession(sessionId);
        if (a != null) {
            return a.objectId();
        }
        Call c = call(sessionId);
        return c == null ? null : c.objectId();
    }
}
