package io.cccpexplorer.dashboard.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** Key figures of one project ({@code KPIs} in API.md). */
public record KpiView(@JsonProperty("agents_by_state") Map<String, Integer> agentsByState,
                      @JsonProperty("agents_logged") int agentsLogged,
                      @JsonProperty("calls_waiting") int callsWaiting,
                      @JsonProperty("longest_wait_seconds") long longestWaitSeconds,
                      @JsonProperty("answered_today") int answeredToday,
                      @JsonProperty("abandoned_today") int abandonedToday,
                      @JsonProperty("service_level") Double serviceLevel,
                      @JsonProperty("average_wait_seconds") double averageWaitSeconds,
                      @JsonProperty("average_handle_seconds") double averageHandleSeconds,
                      List<Point> series) {

    /** One sample of the last-hour chart. */
    public record Point(long t, @JsonProperty("calls_in_progress") int callsInProgress, int waiting) {
    }
}
