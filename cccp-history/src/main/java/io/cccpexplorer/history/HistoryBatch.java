package io.cccpexplorer.history;

import io.cccpexplorer.client.model.SessionEvent;

import java.util.List;
import java.util.Map;

/**
 * What one write stores for one project, in one transaction: ended (or open) calls, the console rows of sessions (the
 * whole list of a session each time: row {@code i} is the session's {@code i}-th event), agent intervals and agent
 * sessions.
 */
public record HistoryBatch(String project, List<StoredCall> calls, Map<String, List<SessionEvent>> events,
                           List<AgentInterval> intervals, List<AgentSession> sessions) {

    public HistoryBatch {
        java.util.Objects.requireNonNull(project, "project");
        for (StoredCall c : calls) {
            requireProject(project, c.project(), c.sessionId());
        }
        for (AgentInterval i : intervals) {
            requireProject(project, i.project(), i.sessionId());
        }
        for (AgentSession s : sessions) {
            requireProject(project, s.project(), s.sessionId());
        }
        calls = List.copyOf(calls);
        events = Map.copyOf(events);
        intervals = List.copyOf(intervals);
        sessions = List.copyOf(sessions);
    }

    public static HistoryBatch empty(String project) {
        return new HistoryBatch(project, List.of(), Map.of(), List.of(), List.of());
    }

    private static void requireProject(String project, String rowProject, String sessionId) {
        if (!project.equals(rowProject)) {
            throw new IllegalArgumentException("row " + sessionId + " of project " + rowProject
                    + " in a batch of " + project);
        }
    }

    public int size() {
        return calls.size() + events.values().stream().mapToInt(List::size).sum() + intervals.size() + sessions.size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }
}
