package io.cccpexplorer.dashboard.config;

import io.cccpexplorer.dashboard.DashboardConfig;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The supervisor's settings among the dashboard's configuration keys: the projects' time zone, when their day
 * starts, the intraday chart's cadence and the rules of the day figures (service-level targets, short abandons,
 * teams; {@link FigureConfig}). Kept apart from {@link DashboardSettings} so that the contact-center
 * settings grow here, not in the server's plumbing.
 */
final class SupervisorSettings {

    /** Environment variable → canonical key. */
    static final Map<String, String> ENV = Map.of(
            "DASHBOARD_TIMEZONE", "timezone",
            "DASHBOARD_DAY_START", "day.start",
            "DASHBOARD_KPI_EVERY", "kpi.every",
            "DASHBOARD_SL_TARGET", "sl.target",
            "DASHBOARD_SL_TARGETS", "sl.targets",
            "DASHBOARD_SHORT_ABANDON", "short.abandon",
            "DASHBOARD_TEAMS", "teams");

    /** A team's name ends up in URLs ({@code /wallboard/P/team/T}): the same characters as a project's. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]{0,63}");
    /** The server's separator between a queue's project and its own name ({@code DEMO__Sales}). */
    private static final String PROJECT_SEPARATOR = "__";

    private SupervisorSettings() {
    }

    /** Applies the keys present in {@code merged}; a bad value is an error naming the key and what it expects. */
    static void apply(Map<String, String> merged, DashboardConfig.Builder b) {
        // "Europe/Paris" for every project, or entries "Europe/Paris ACME=America/New_York": a project's own wins
        Map<String, ZoneId> zones = perProject(merged, "timezone", "a zone id such as Europe/Paris or UTC",
                v -> ZoneId.of(v), b::zone);
        // on a quarter hour: the call history files its rows in 15-minute slots, and a day is a whole number of them
        Map<String, LocalTime> dayStarts = perProject(merged, "day.start",
                "HH:MM on a quarter hour, e.g. 06:00 or 07:30",
                SupervisorSettings::quarterHour, b::dayStart);
        String every = merged.get("kpi.every");
        if (every != null && !every.isBlank()) {
            b.kpiEvery(seconds("kpi.every", every, 1, 3600));
        }
        FigureConfig f = figures(merged);
        b.figures(new FigureConfig(f.serviceLevelTarget(), f.queueTargets(), f.shortAbandon(), f.teams(), zones,
                dayStarts));
    }

    private static LocalTime quarterHour(String text) {
        LocalTime t = LocalTime.parse(text);
        if (t.getMinute() % 15 != 0 || t.getSecond() != 0 || t.getNano() != 0) {
            throw new DateTimeException(text + " is not on a quarter hour");
        }
        return t;
    }

    /**
     * A setting given for every project ({@code VALUE}) and/or per project ({@code PROJECT=VALUE}), entries separated
     * like {@code sl.targets}; the one value for every project goes to {@code all}, the per-project ones are returned.
     * A bad entry is an error naming the key and the entry.
     */
    private static <T> Map<String, T> perProject(Map<String, String> merged, String key, String expected,
                                                 java.util.function.Function<String, T> parse,
                                                 java.util.function.Consumer<T> all) {
        Map<String, T> byProject = new LinkedHashMap<>();
        boolean allSeen = false;
        for (String entry : entries(merged.get(key))) {
            int eq = entry.indexOf('=');
            String project = eq < 0 ? null : entry.substring(0, eq);
            if (project != null && project.isBlank()) {
                throw new IllegalArgumentException(key + ": entry '" + entry + "' (expected: PROJECT=VALUE)");
            }
            T value;
            try {
                value = parse.apply(entry.substring(eq + 1));
            } catch (DateTimeException e) {   // DateTimeParseException is one
                throw new IllegalArgumentException(key + ": entry '" + entry + "' (expected: " + expected
                        + (project == null ? "" : ", after PROJECT=") + ")");
            }
            if (project == null) {
                if (allSeen) {
                    throw new IllegalArgumentException(key + ": entry '" + entry
                            + "': a second value for every project");
                }
                allSeen = true;
                all.accept(value);
            } else if (byProject.put(project, value) != null) {
                throw new IllegalArgumentException(key + ": entry '" + entry + "': project " + project
                        + " has two values");
            }
        }
        return byProject;
    }

    /** The figure rules; every bad entry is an error naming the key and the entry. */
    static FigureConfig figures(Map<String, String> merged) {
        FigureConfig d = FigureConfig.DEFAULT;
        String target = merged.get("sl.target");
        Duration global = target == null || target.isBlank() ? d.serviceLevelTarget()
                : seconds("sl.target", target, 1, 3600);
        String shortAbandon = merged.get("short.abandon");
        Duration abandon = shortAbandon == null || shortAbandon.isBlank() ? d.shortAbandon()
                : seconds("short.abandon", shortAbandon, 0, 3600);
        Map<String, Duration> targets = new LinkedHashMap<>();
        for (String entry : entries(merged.get("sl.targets"))) {
            int eq = entry.lastIndexOf('=');
            String queue = eq <= 0 ? "" : entry.substring(0, eq);
            if (queue.isBlank()) {
                throw new IllegalArgumentException("sl.targets: entry '" + entry
                        + "' (expected: QUEUE=SECONDS with the queue's full name, e.g. DEMO__Sales=30)");
            }
            Duration t = seconds("sl.targets: entry '" + entry + "'", entry.substring(eq + 1), 1, 3600);
            if (targets.put(queue, t) != null) {
                throw new IllegalArgumentException("sl.targets: entry '" + entry + "': queue " + queue
                        + " has two targets");
            }
        }
        Map<String, Map<String, List<String>>> teams = new LinkedHashMap<>();
        for (String entry : entries(merged.get("teams"))) {
            try {
                team(entry, teams);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("teams: entry '" + entry + "': " + e.getMessage(), e);
            }
        }
        return new FigureConfig(global, targets, abandon, teams);
    }

    /** {@code PROJECT/TEAM=QUEUE+QUEUE}: a queue without project prefix is the team's project's. */
    private static void team(String entry, Map<String, Map<String, List<String>>> teams) {
        int slash = entry.indexOf('/');
        int eq = entry.indexOf('=');
        if (slash <= 0 || eq < slash + 2) {
            throw new IllegalArgumentException("expected PROJECT/TEAM=QUEUE+QUEUE, e.g. DEMO/Front=Sales+Support");
        }
        String project = entry.substring(0, slash);
        String team = entry.substring(slash + 1, eq);
        for (String name : List.of(project, team)) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + name + "' (expected: 1 to 64 letters, digits, '_', '.' or "
                        + "'-', starting with a letter or digit)");
            }
        }
        Set<String> queues = new LinkedHashSet<>();
        for (String q : entry.substring(eq + 1).split("\\+", -1)) {
            String name = q.trim();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("empty queue name (expected: QUEUE+QUEUE after '=')");
            }
            queues.add(name.contains(PROJECT_SEPARATOR) ? name : project + PROJECT_SEPARATOR + name);
        }
        Map<String, List<String>> ofProject = teams.computeIfAbsent(project, p -> new LinkedHashMap<>());
        if (ofProject.put(team, List.copyOf(queues)) != null) {
            throw new IllegalArgumentException("team " + team + " of project " + project + " is defined twice");
        }
    }

    private static List<String> entries(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String s : text.split("[,;\\s]+")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    private static Duration seconds(String key, String v, int min, int max) {
        String t = v.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            long s = Long.parseLong(t.endsWith("s") ? t.substring(0, t.length() - 1) : t);
            if (s >= min && s <= max) {
                return Duration.ofSeconds(s);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(key + ": '" + v + "' (expected: " + min + ".." + max + " seconds)");
    }
}
