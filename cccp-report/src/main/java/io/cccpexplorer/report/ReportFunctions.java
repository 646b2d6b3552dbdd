package io.cccpexplorer.report;

import io.cccpexplorer.client.Value;

import java.time.Instant;
import java.util.List;

/**
 * The functions {@code -fields} expressions may call. Each takes a date (or epoch seconds) and measures from it
 * to now; a nil date or {@code undefined} gives {@code undefined}.
 * <ul>
 * <li>{@code duration(d)}: the elapsed time as text {@code H:MM:SS} (hours unbounded, e.g. {@code 27:03:09});</li>
 * <li>{@code second_duration(d)}: whole elapsed seconds, a number;</li>
 * <li>{@code minute_duration(d)}: whole elapsed minutes, a number.</li>
 * </ul>
 * A date in the future counts as 0 elapsed.
 */
final class ReportFunctions {

    private ReportFunctions() {
    }

    static boolean exists(String name) {
        return switch (name) {
            case "duration", "second_duration", "minute_duration" -> true;
            default -> false;
        };
    }

    static Object call(String name, List<Object> args, Instant now) {
        Double seconds = args.isEmpty() ? null : elapsedSeconds(args.get(0), now);
        if (seconds == null) {
            return FieldExpression.Undefined.INSTANCE;
        }
        long whole = (long) Math.floor(Math.max(0, seconds));
        return switch (name) {
            case "duration" -> String.format("%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60);
            case "second_duration" -> (double) whole;
            case "minute_duration" -> (double) (whole / 60);
            default -> throw new IllegalArgumentException("unknown function " + name);
        };
    }

    private static Double elapsedSeconds(Object arg, Instant now) {
        double since;
        if (arg instanceof Value.DateValue d) {
            if (d.isNil()) {
                return null;
            }
            since = d.epochSecondsWithFraction();
        } else if (arg instanceof Double n) {
            since = n;
        } else {
            return null;
        }
        return now.getEpochSecond() + now.getNano() / 1e9 - since;
    }
}
