package io.cccpexplorer.dashboard.alerts;

import java.time.Duration;
import java.util.Locale;

/**
 * The two limits of one figure and how long a breach must last before it counts.
 *
 * <p>{@code hold}: the figure must stay on the bad side of a limit this long before the alert is raised (or raised
 * to alarm), so a single burst does not page anyone. {@code clearAfter}: the hysteresis; the figure must stay on the
 * good side this long before the alert is cleared (or lowered to warn), so a figure hovering at its limit raises one
 * alert, not one per second.
 *
 * @param warn amber limit, or {@code null} for none
 * @param alarm red limit, or {@code null} for none
 */
public record Threshold(Double warn, Double alarm, Duration hold, Duration clearAfter) {

    public static final Duration DEFAULT_HOLD = Duration.ZERO;
    public static final Duration DEFAULT_CLEAR_AFTER = Duration.ofSeconds(10);

    public Threshold {
        if (warn == null && alarm == null) {
            throw new IllegalArgumentException("a threshold needs a warn or an alarm limit");
        }
        if (hold.isNegative() || clearAfter.isNegative()) {
            throw new IllegalArgumentException("hold and clear must not be negative");
        }
    }

    /** The limit of {@code severity}, or {@code null}. */
    public Double limit(Severity severity) {
        return severity == Severity.ALARM ? alarm : warn;
    }

    /** Whether {@code value} is on the bad side of the {@code severity} limit (false when there is none). */
    boolean breached(AlertMetric metric, Severity severity, double value) {
        Double limit = limit(severity);
        return limit != null && metric.breaches(value, limit);
    }

    /**
     * Parses {@code warn 5 alarm 10 hold 30s clear 1m} (any order; warn or alarm required).
     *
     * @throws IllegalArgumentException naming what was expected
     */
    public static Threshold parse(String spec) {
        String[] words = spec.trim().toLowerCase(Locale.ROOT).split("\\s+");
        Double warn = null;
        Double alarm = null;
        Duration hold = DEFAULT_HOLD;
        Duration clear = DEFAULT_CLEAR_AFTER;
        if (words.length % 2 != 0) {
            throw bad(spec);
        }
        for (int i = 0; i < words.length; i += 2) {
            String value = words[i + 1];
            switch (words[i]) {
                case "warn" -> warn = number(spec, value);
                case "alarm" -> alarm = number(spec, value);
                case "hold" -> hold = duration(spec, value);
                case "clear" -> clear = duration(spec, value);
                default -> throw bad(spec);
            }
        }
        if (warn == null && alarm == null) {
            throw bad(spec);
        }
        return new Threshold(warn, alarm, hold, clear);
    }

    private static double number(String spec, String v) {
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw bad(spec);
    }

    /** {@code 30s}, {@code 5m}, {@code 1h} or plain seconds. */
    static Duration duration(String spec, String v) {
        try {
            char unit = v.charAt(v.length() - 1);
            String digits = Character.isDigit(unit) ? v : v.substring(0, v.length() - 1);
            long n = Long.parseLong(digits);
            if (n >= 0) {
                switch (unit) {
                    case 'h': return Duration.ofHours(n);
                    case 'm': return Duration.ofMinutes(n);
                    case 's': return Duration.ofSeconds(n);
                    default:
                        if (Character.isDigit(unit)) {
                            return Duration.ofSeconds(n);
                        }
                }
            }
        } catch (NumberFormatException | StringIndexOutOfBoundsException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(spec + ": '" + v + "' (expected: a duration such as 30s, 5m or 1h)");
    }

    private static IllegalArgumentException bad(String spec) {
        return new IllegalArgumentException("'" + spec + "' (expected: warn N and/or alarm N, optionally hold 30s"
                + " and clear 1m)");
    }
}
