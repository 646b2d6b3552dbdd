package io.cccpexplorer.client.model;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the model computes its day figures ({@link QueueFigures}, {@link AgentDayFigures}). Immutable; the
 * {@code with…} methods derive new settings.
 *
 * @param zone               the project's time zone: the day starts at {@code dayStart} in it
 * @param dayStart           local time at which the day's figures start from zero (midnight by default)
 * @param serviceLevelTarget the default answer target of the service level (20 s)
 * @param queueTargets       targets per queue (full name), overriding the default
 * @param shortAbandon       calls abandoned within this wait are not counted as abandoned (5 s); zero counts all
 * @param teams              named groups of queues (full names) with figures of their own, in their given order
 */
public record FigureSettings(ZoneId zone, LocalTime dayStart, Duration serviceLevelTarget,
                             Map<String, Duration> queueTargets, Duration shortAbandon,
                             Map<String, List<String>> teams) {

    /**
     * Checks the durations and copies the maps (the teams keep their order).
     *
     * @param zone               the projects' time zone: where the day starts
     * @param dayStart           when the contact center's day starts in {@code zone}
     * @param serviceLevelTarget answer within this to count in the service level, unless the queue has its own
     * @param queueTargets       service-level targets of single queues (full names)
     * @param shortAbandon       calls abandoned within this are left out of the abandon rate
     * @param teams              named groups of queues (full names) with figures of their own, in their given order
     */
    public FigureSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dayStart, "dayStart");
        requirePositive(serviceLevelTarget, "serviceLevelTarget");
        Objects.requireNonNull(shortAbandon, "shortAbandon");
        if (shortAbandon.isNegative()) {
            throw new IllegalArgumentException("shortAbandon: " + shortAbandon + " (expected: zero or more)");
        }
        queueTargets.forEach((queue, target) -> requirePositive(target, "target of queue " + queue));
        queueTargets = Map.copyOf(queueTargets);
        LinkedHashMap<String, List<String>> ordered = new LinkedHashMap<>();
        teams.forEach((team, queues) -> ordered.put(Objects.requireNonNull(team, "team"), List.copyOf(queues)));
        teams = java.util.Collections.unmodifiableMap(ordered);
    }

    /**
     * @param zone the projects' time zone
     * @return midnight in {@code zone}, 20 s target, 5 s short abandons, no per-queue targets, no teams
     */
    public static FigureSettings defaults(ZoneId zone) {
        return new FigureSettings(zone, LocalTime.MIDNIGHT, Duration.ofSeconds(20), Map.of(), Duration.ofSeconds(5),
                Map.of());
    }

    /**
     * @param queue a queue's full name
     * @return the service-level target of {@code queue}: its own, else the default
     */
    public Duration targetOf(String queue) {
        return queueTargets.getOrDefault(queue, serviceLevelTarget);
    }

    /**
     * The teams that contain any of {@code queues} (full names), in the teams' order: an agent serving one queue of
     * a team belongs to it, a queue belongs to every team that lists it.
     *
     * @param queues queue full names
     * @return the names of the teams that contain any of them
     */
    public List<String> teamsOf(java.util.Collection<String> queues) {
        List<String> out = new java.util.ArrayList<>();
        teams.forEach((team, members) -> {
            for (String q : members) {
                if (queues.contains(q)) {
                    out.add(team);
                    return;
                }
            }
        });
        return out;
    }

    /**
     * @param value when the day starts
     * @return a copy with that day start
     */
    public FigureSettings withDayStart(LocalTime value) {
        return new FigureSettings(zone, value, serviceLevelTarget, queueTargets, shortAbandon, teams);
    }

    /**
     * @param value the default service-level target
     * @return a copy with that default target
     */
    public FigureSettings withServiceLevelTarget(Duration value) {
        return new FigureSettings(zone, dayStart, value, queueTargets, shortAbandon, teams);
    }

    /**
     * @param queue  a queue's full name
     * @param target its service-level target
     * @return a copy with that queue's target
     */
    public FigureSettings withQueueTarget(String queue, Duration target) {
        Map<String, Duration> next = new LinkedHashMap<>(queueTargets);
        next.put(Objects.requireNonNull(queue, "queue"), target);
        return new FigureSettings(zone, dayStart, serviceLevelTarget, next, shortAbandon, teams);
    }

    /**
     * @param value the longest abandon left out of the abandon rate
     * @return a copy with that short-abandon limit
     */
    public FigureSettings withShortAbandon(Duration value) {
        return new FigureSettings(zone, dayStart, serviceLevelTarget, queueTargets, value, teams);
    }

    /**
     * @param team   the team's name
     * @param queues its queues (full names)
     * @return a copy with that team (replacing one of the same name)
     */
    public FigureSettings withTeam(String team, List<String> queues) {
        Map<String, List<String>> next = new LinkedHashMap<>(teams);
        next.put(team, queues);
        return new FigureSettings(zone, dayStart, serviceLevelTarget, queueTargets, shortAbandon, next);
    }

    private static void requirePositive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + ": " + d + " (expected: more than zero)");
        }
    }
}
