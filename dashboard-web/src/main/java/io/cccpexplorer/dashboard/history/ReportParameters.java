package io.cccpexplorer.dashboard.history;

import io.cccpexplorer.dashboard.http.ApiException;
import io.cccpexplorer.dashboard.http.ApiRequest;
import io.cccpexplorer.history.DispositionText;
import io.cccpexplorer.history.ProjectSlots;
import io.cccpexplorer.history.ReportInterval;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The query parameters of the report endpoints, each checked: anything wrong is a 400 naming the parameter. */
final class ReportParameters {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_.@:+ -]{1,128}");

    private final ApiRequest r;
    private final ProjectSlots slots;
    private final Clock clock;

    ReportParameters(ApiRequest r, ProjectSlots slots, Clock clock) {
        this.r = r;
        this.slots = slots;
        this.clock = clock;
    }

    String project() {
        String p = r.query("project");
        if (p == null || p.isBlank()) {
            throw bad("project", "is required");
        }
        return name("project", p);
    }

    /** {@code from}, default the project's business day now (its zone, its day start). */
    LocalDate from() {
        return date("from", slots.of(project()).businessDay(clock.instant()));
    }

    /** {@code to}, default {@code from}. */
    LocalDate to(LocalDate from) {
        return date("to", from);
    }

    ReportInterval interval(ReportInterval fallback) {
        String raw = r.query("interval");
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            return ReportInterval.fromWire(raw);
        } catch (IllegalArgumentException e) {
            throw bad("interval", "must be one of 15m, 30m, hour, day, week, month");
        }
    }

    /** Every value of a repeatable, comma-separated parameter ({@code queue=A,B&queue=C}). */
    List<String> names(String parameter) {
        Deque<String> values = r.exchange().getQueryParameters().get(parameter);
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .forEach(s -> out.add(name(parameter, s)));
            }
        }
        if (out.size() > 500) {
            throw bad(parameter, "lists at most 500 names");
        }
        return out;
    }

    String optional(String parameter) {
        String v = r.query(parameter);
        return v == null || v.isBlank() ? null : name(parameter, v.trim());
    }

    /** A phone-number filter: digits and {@code + # *}, a trailing {@code *} for a prefix. */
    String number(String parameter) {
        String v = r.query(parameter);
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.trim();
        if (!s.matches("[0-9A-Za-z+#.@:_-]{1,64}\\*?")) {
            throw bad(parameter, "must be a number, or a prefix ending with *");
        }
        return s;
    }

    String disposition() {
        String v = r.query("disposition");
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return DispositionText.check(v);
        } catch (IllegalArgumentException e) {
            throw bad("disposition",
                    "must be one of answered, abandoned, abandoned_ivr, overflowed, transferred, open");
        }
    }

    Duration seconds(String parameter) {
        int s = r.intQuery(parameter, 0, 0, 86_400);
        return s == 0 ? null : Duration.ofSeconds(s);
    }

    int integer(String parameter, int fallback, int min, int max) {
        return r.intQuery(parameter, fallback, min, max);
    }

    ExportFormat format() {
        String v = r.query("format");
        if (v == null || v.isEmpty()) {
            return ExportFormat.JSON;
        }
        try {
            return ExportFormat.valueOf(v.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad("format", "must be json, csv or xlsx");
        }
    }

    private LocalDate date(String parameter, LocalDate fallback) {
        String v = r.query(parameter);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw bad(parameter, "must be a date like 2026-02-01");
        }
    }

    private static String name(String parameter, String value) {
        if (!NAME.matcher(value).matches()) {
            throw bad(parameter, "has characters a name cannot have, or is longer than 128");
        }
        return value;
    }

    static ApiException bad(String parameter, String why) {
        return new ApiException(400, "bad_parameter", "Parameter '" + parameter + "' " + why);
    }
}
