package io.cccpexplorer.dashboard.replay;

import io.cccpexplorer.dashboard.http.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Strict checks of what a browser sends. Nothing from a request ever becomes part of a path or a pattern unless it
 * passed here; a bad value is a 400 naming the field.
 */
final class ReplayInputs {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern HOUR = Pattern.compile("\\d{1,2}");
    private static final Pattern SNAPSHOT_ID = Pattern.compile("[a-z0-9]{1,32}");
    private static final int MAX_SESSION_ID = 512;

    private ReplayInputs() {
    }

    static String project(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new ApiException(400, "project_required", "Field 'project' is required");
        }
        if (!SnapshotKey.PROJECT.matcher(raw).matches() || raw.equals(".") || raw.equals("..")) {
            throw new ApiException(400, "bad_project", "Project names are 1 to 64 of A-Z a-z 0-9 _ . -");
        }
        return raw;
    }

    static LocalDate date(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new ApiException(400, "date_required", "Field 'date' is required (YYYY-MM-DD)");
        }
        if (!DATE.matcher(raw).matches()) {
            throw new ApiException(400, "bad_date", "Dates are written YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "bad_date", "'" + raw + "' is not a calendar date");
        }
    }

    /** Absent, empty or {@code all} = the whole day. */
    static OptionalInt hour(String raw) {
        if (raw == null || raw.isEmpty() || raw.equalsIgnoreCase("all")) {
            return OptionalInt.empty();
        }
        if (HOUR.matcher(raw).matches()) {
            int h = Integer.parseInt(raw);
            if (h <= 23) {
                return OptionalInt.of(h);
            }
        }
        throw new ApiException(400, "bad_hour", "Hours are 0 to 23 (or 'all')");
    }

    static String snapshotId(String raw) {
        if (raw == null || !SNAPSHOT_ID.matcher(raw).matches()) {
            throw new ApiException(404, "snapshot_not_found", "No such snapshot");
        }
        return raw;
    }

    static String sessionId(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_SESSION_ID) {
            throw new ApiException(400, "bad_session", "A session id of 1 to " + MAX_SESSION_ID
                    + " characters is required");
        }
        return raw;
    }
}
