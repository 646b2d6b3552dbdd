package io.cccpexplorer.dashboard.config;

import io.cccpexplorer.client.model.FigureSettings;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The configured rules of the day figures, for every project: the service-level target (global and per queue), the
 * short-abandon threshold and the teams of each project. {@link #forProject} turns them into the model's own
 * {@link FigureSettings}; nothing else in the dashboard computes a figure.
 *
 * @param serviceLevelTarget default answer target of the service level
 * @param queueTargets       targets per queue full name ({@code DEMO__Sales}); queue full names carry their project
 * @param shortAbandon       calls abandoned within this wait are not counted as abandoned
 * @param teams              project → team name → queue full names, in configuration order
 * @param projectZones       project → its own time zone (settings {@code timezone}, entries {@code PROJECT=zone});
 *                           a project without one has the dashboard's zone
 * @param projectDayStarts   project → when its own day starts (settings {@code day.start}, {@code PROJECT=HH:MM})
 */
public record FigureConfig(Duration serviceLevelTarget, Map<String, Duration> queueTargets, Duration shortAbandon,
                           Map<String, Map<String, List<String>>> teams, Map<String, ZoneId> projectZones,
                           Map<String, LocalTime> projectDayStarts) {

    /** 20 s target, 5 s short abandons, no per-queue target, no team (the model's defaults). */
    public static final FigureConfig DEFAULT = new FigureConfig(Duration.ofSeconds(20), Map.of(),
            Duration.ofSeconds(5), Map.of());

    /** Every project in the dashboard's zone and day start. */
    public FigureConfig(Duration serviceLevelTarget, Map<String, Duration> queueTargets, Duration shortAbandon,
                        Map<String, Map<String, List<String>>> teams) {
        this(serviceLevelTarget, queueTargets, shortAbandon, teams, Map.of(), Map.of());
    }

    public FigureConfig {
        Objects.requireNonNull(serviceLevelTarget, "serviceLevelTarget");
        Objects.requireNonNull(shortAbandon, "shortAbandon");
        queueTargets = Map.copyOf(queueTargets);
        projectZones = Map.copyOf(projectZones);
        projectDayStarts = Map.copyOf(projectDayStarts);
        Map<String, Map<String, List<String>>> ordered = new LinkedHashMap<>();
        teams.forEach((project, byName) -> {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            byName.forEach((team, queues) -> copy.put(team, List.copyOf(queues)));
            ordered.put(project, java.util.Collections.unmodifiableMap(copy));
        });
        teams = java.util.Collections.unmodifiableMap(ordered);
    }

    /**
     * The model's settings of {@code project}: its own zone and day start if configured (else {@code zone} and
     * {@code dayStart}, the dashboard's), these targets, its own teams.
     */
    public FigureSettings forProject(String project, ZoneId zone, LocalTime dayStart) {
        return new FigureSettings(projectZones.getOrDefault(project, zone),
                projectDayStarts.getOrDefault(project, dayStart), serviceLevelTarget, queueTargets, shortAbandon,
                teams.getOrDefault(project, Map.of()));
    }
}
