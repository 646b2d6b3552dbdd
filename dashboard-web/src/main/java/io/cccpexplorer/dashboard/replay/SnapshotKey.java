package io.cccpexplorer.dashboard.replay;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * What a snapshot replays: one project's local day, or one local hour of it. Two projects on the same date are two
 * keys (the original keyed its replays by date only, so they clashed).
 *
 * @param project the project folder under the Logger root
 * @param date    the local date
 * @param hour    the local hour 0..23, or empty for the whole day
 */
public record SnapshotKey(String project, LocalDate date, OptionalInt hour) {

    /** Project folder names the dashboard accepts: no separators, no {@code ..}, nothing a shell or glob reads. */
    static final Pattern PROJECT = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public SnapshotKey {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hour, "hour");
        if (!PROJECT.matcher(project).matches() || project.equals(".") || project.equals("..")) {
            throw new IllegalArgumentException("project: '" + project + "' (expected: [A-Za-z0-9_.-]+)");
        }
        if (hour.isPresent() && (hour.getAsInt() < 0 || hour.getAsInt() > 23)) {
            throw new IllegalArgumentException("hour: " + hour.getAsInt() + " (expected: 0..23)");
        }
    }

    /** {@code ACME_2026-03-05} or {@code ACME_2026-03-05_09}, as the original named its snapshots. */
    public String label() {
        return project + "_" + date + (hour.isPresent() ? String.format("_%02d", hour.getAsInt()) : "");
    }
}
