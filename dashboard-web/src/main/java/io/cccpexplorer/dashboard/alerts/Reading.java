package io.cccpexplorer.dashboard.alerts;

/** One live figure at one moment: {@code waiting} of queue {@code SAV} is 7. */
public record Reading(Subject subject, AlertMetric metric, double value) {
}
