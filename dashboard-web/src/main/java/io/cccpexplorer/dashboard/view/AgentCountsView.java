package io.cccpexplorer.dashboard.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import java.util.Map;
import java.util.TreeMap;

/**
 * The agents of one project counted by the model's status ({@code AgentStatus}) and by the server's state name: the
 * KPI bar's chips. Part of every {@link KpiView} and pushed alone as an {@code agents} event when it changes, so the
 * chips follow the agents between two {@code kpi} pushes.
 *
 * @param agentsByState the server's state names, tallied for display only (no rule reads them)
 * @param agentsByStatus the model's agent statuses, tallied
 */
public record AgentCountsView(@JsonProperty("agents_by_state") Map<String, Integer> agentsByState,
                              @JsonProperty("agents_by_status") Map<String, Integer> agentsByStatus,
                              @JsonProperty("agents_logged") int agentsLogged) {

    public AgentCountsView {
        // sorted by name: the JSON reads the same for the same counts
        agentsByState = java.util.Collections.unmodifiableMap(new TreeMap<>(agentsByState));
        agentsByStatus = java.util.Collections.unmodifiableMap(new TreeMap<>(agentsByStatus));
    }

    public static AgentCountsView of(ContactCenterSnapshot s) {
        Map<String, Integer> byState = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        for (Agent a : s.agents()) {
            byState.merge(a.stateName() == null ? "-" : a.stateName(), 1, Integer::sum);
            byStatus.merge(a.status() == null ? "-" : UserView.wire(a.status()), 1, Integer::sum);
        }
        return new AgentCountsView(byState, byStatus, s.agents().size());
    }
}
