package io.cccpexplorer.client.model;

import java.time.Instant;
import java.util.List;

/**
 * An immutable, consistent view of the model: everything in it was true at the same {@link #sequence()}.
 *
 * @param agents          logged-in agents by login, without the technical {@code consistent} login
 * @param calls           calls by start date (ended ones included; views filter on {@link Call#state()})
 * @param queues          all queues by name, virtual and per-user ones included
 * @param sequence        the sequence number of the last change applied
 * @param lastChange      when the last change was applied (local clock), {@code null} before any
 * @param technicalAgents sessions of the technical {@code consistent} login
 */
public record ContactCenterSnapshot(List<Agent> agents, List<Call> calls, List<QueueStats> queues, long sequence,
                                    Instant lastChange, List<Agent> technicalAgents) {

    public static final ContactCenterSnapshot EMPTY = new ContactCenterSnapshot(List.of(), List.of(), List.of(), 0,
            null, List.of());

    public ContactCenterSnapshot {
        agents = List.copyOf(agents);
        calls = List.copyOf(calls);
        queues = List.copyOf(queues);
        technicalAgents = List.copyOf(technicalAgents);
    }
}
