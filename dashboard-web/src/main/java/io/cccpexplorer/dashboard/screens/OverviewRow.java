package io.cccpexplorer.dashboard.screens;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One project in {@code /api/overview}: its connection and headline figures when the dashboard reads it, else
 * {@code state = "not_watched"} and no figures (the overview never opens a project by itself).
 *
 * @param state {@code live}, {@code reconnecting}, {@code offline} (the connection), or {@code not_watched}
 * @param since when the connection entered its state, or {@code null}
 * @param watchers browsers streaming the project now
 * @param pinned kept open by the configuration without watchers
 * @param figures the headline figures, or {@code null} when not watched
 */
public record OverviewRow(String project, String source, String state, String since, String error, int watchers,
                          boolean pinned, Headline figures, @JsonProperty("alerts_warn") int alertsWarn,
                          @JsonProperty("alerts_alarm") int alertsAlarm) {

    public static final String NOT_WATCHED = "not_watched";
}
