package io.cccpexplorer.dashboard.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Key figures of one project ({@code KPIs} in API.md).
 *
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
                      @JsonProperty("average_wait_seconds") double averageWaitSeconds,
                      @JsonProperty("average_handle_seconds") double averageHandleSeconds,
                      ChartPoint point) {

    /** The same figures with the chart's newest point. */
    public KpiView withPoint(ChartPoint newest) {
        return new KpiView(agentsByState, agentsByStatus, agentsLogged, callsWaiting, longestWaitSeconds, answeredToday,
                abandonedToday, serviceLevel, averageWaitSeconds, averageHandleSeconds, newest);
    }
}
