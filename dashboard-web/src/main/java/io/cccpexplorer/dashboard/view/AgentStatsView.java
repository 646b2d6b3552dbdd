package io.cccpexplorer.dashboard.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cccpexplorer.client.model.AgentDayFigures;

/**
 * One agent's figures since the day started ({@code AgentStats} in API.md), from the model's {@link AgentDayFigures}.
 */
public record AgentStatsView(String login, @JsonProperty("calls_handled") int callsHandled,
                             @JsonProperty("talk_s") long talkSeconds, @JsonProperty("wrap_up_s") long wrapUpSeconds,
                             @JsonProperty("pause_s") long pauseSeconds, @JsonProperty("ringing_s") long ringingSeconds,
                             @JsonProperty("available_s") long availableSeconds,
                             @JsonProperty("logged_s") long loggedSeconds, Double occupancy) {

    public static AgentStatsView of(AgentDayFigures f) {
        return new AgentStatsView(f.login(), f.callsHandled(), f.talkTime().toSeconds(), f.wrapUpTime().toSeconds(),
                f.pauseTime().toSeconds(), f.ringingTime().toSeconds(), f.availableTime().toSeconds(),
                f.loggedTime().toSeconds(), f.occupancy());
    }
}
