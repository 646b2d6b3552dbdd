package io.cccpexplorer.dashboard.config;

import io.cccpexplorer.dashboard.DashboardConfig;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The supervisor's settings among the dashboard's configuration keys: the projects' time zone, when their day
 * starts and the intraday chart's cadence. Kept apart from {@link DashboardSettings} so that the contact-center
 * settings grow here, not in the server's plumbing.
 */
final class SupervisorSettings {

    /** Environment variable → canonical key. */
    static final Map<String, String> ENV = Map.of(
            "DASHBOARD_TIMEZONE", "timezone",
            "DASHBOARD_DAY_START", "day.start",
            "DASHBOARD_KPI_EVERY", "kpi.every");

    private SupervisorSettings() {
    }

    /** Applies the keys present in {@code merged}; a bad value is an error naming the key and what it expects. */
    static void apply(Map<String, String> merged, DashboardConfig.Builder b) {
        String zone = merged.get("timezone");
        if (zone != null && !zone.isBlank()) {
            try {
                b.zone(ZoneId.of(zone.trim()));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("timezone: '" + zone + "' (expected: a zone id such as "
                        + "Europe/Paris or UTC)");
            }
        }
        String dayStart = merged.get("day.start");
        if (dayStart != null && !dayStart.isBlank()) {
            try {
                b.dayStart(LocalTime.parse(dayStart.trim()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("day.start: '" + dayStart + "' (expected: HH:MM, e.g. 06:00)");
            }
        }
        String every = merged.get("kpi.every");
        if (every != null && !every.isBlank()) {
            b.kpiEvery(seconds("kpi.every", every, 1, 3600));
        }
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
