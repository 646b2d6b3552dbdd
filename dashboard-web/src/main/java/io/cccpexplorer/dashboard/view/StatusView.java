package io.cccpexplorer.dashboard.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The whole state of one project, as {@code /api/status}, {@code select_server} and SSE {@code snapshot} send it. */
public record StatusView(@JsonProperty("event_count") int eventCount, @JsonProperty("users_count") int usersCount,
                         @JsonProperty("queues_count") int queuesCount,
                         @JsonProperty("history_count") int historyCount,
                         @JsonProperty("last_update") String lastUpdate,
                         @JsonProperty("recent_events") List<EventView> recentEvents, List<UserView> users,
                         List<QueueView> queues, List<CallView> history,
                         @JsonProperty("current_host") String currentHost,
                         @JsonProperty("current_port") int currentPort,
                         @JsonProperty("current_project") String currentProject, ConnectionView connection,
                         KpiView kpis, @JsonProperty("time_zone") String timeZone) {

    /** The link state shown as the connection badge. */
    public record ConnectionView(String state, String since, String error) {
    }
}
