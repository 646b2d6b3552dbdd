package io.cccpexplorer.dashboard.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.client.model.QueueFigures;
import java.time.Duration;
import java.util.Map;

/**
 * Key figures of one project ({@code KPIs} in API.md): the model's project figures
 * ({@link ContactCenterSnapshot#projectFigures()}) and its agent statuses, shown, never computed again here.
 *
 * @param agentsByState the server's state names, tallied for display only (no rule reads them); {@link AgentCountsView}
 * @param agentsByStatus the model's agent statuses ({@code AgentStatus}), tallied; between two {@code kpi} pushes an
 *                       {@code agents} push ({@link AgentCountsView}) carries them when they change
 * @param serviceLevelTargetS the project's default service-level target (setting {@code sl.target})
 * @param point the intraday chart's newest point, {@code null} before the first; a {@code kpi} push carries the
 *              point just taken, which the browser appends to the curve it read from {@code /api/kpis/series}
 */
public record KpiView(@JsonProperty("agents_by_state") Map<String, Integer> agentsByState,
                      @JsonProperty("agents_by_status") Map<String, Integer> agentsByStatus,
                      @JsonProperty("agents_logged") int agentsLogged,
                      @JsonProperty("calls_waiting") int callsWaiting,
                      @JsonProperty("longest_wait_seconds") long longestWaitSeconds,
                      @JsonProperty("answered_today") int answeredToday,
                      @JsonProperty("abandoned_today") int abandonedToday,
                      @JsonProperty("service_level") Double serviceLevel,
                      @JsonProperty("service_level_target_s") Long serviceLevelTargetS,
                      @JsonProperty("average_wait_seconds") double averageWaitSeconds,
                      @JsonProperty("average_handle_seconds") double averageHandleSeconds,
                      ChartPoint point) {

    /** The figures of a snapshot, without a chart point; zeros where the snapshot has no project figures. */
    public static KpiView of(ContactCenterSnapshot s) {
        AgentCountsView agents = AgentCountsView.of(s);
        Map<String, Integer> byState = agents.agentsByState();
        Map<String, Integer> byStatus = agents.agentsByStatus();
        QueueFigures f = s.projectFigures();
        if (f == null) {
            return new KpiView(byState, byStatus, s.agents().size(), 0, 0, 0, 0, null, null, 0, 0, null);
        }
        return new KpiView(byState, byStatus, s.agents().size(), f.waiting(), seconds(f.longestWait()),
                f.answered(), f.abandoned(), f.serviceLevel(), seconds(f.serviceLevelTarget()), seconds(f.asa()),
                seconds(f.aht()), null);
    }

    /** The same figures with the chart's newest point. */
    public KpiView withPoint(ChartPoint newest) {
        return new KpiView(agentsByState, agentsByStatus, agentsLogged, callsWaiting, longestWaitSeconds, answeredToday,
                abandonedToday, serviceLevel, serviceLevelTargetS, averageWaitSeconds, averageHandleSeconds, newest);
    }

    private static long seconds(Duration d) {
        return d == null ? 0 : d.toSeconds();
    }
}
