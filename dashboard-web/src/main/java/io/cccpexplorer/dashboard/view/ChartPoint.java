package io.cccpexplorer.dashboard.view;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One point of the intraday chart.
 *
 * @param t when it was taken (epoch milliseconds)
 * @param serviceLevel the day's service level so far (0..1), {@code null} before the first answered or abandoned call
 */
public record ChartPoint(long t, @JsonProperty("calls_in_progress") int callsInProgress, int waiting,
                         @JsonProperty("service_level") Double serviceLevel) {
}
