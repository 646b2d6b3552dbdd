package io.cccpexplorer.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code cccp-report}: {@code ccenter_report}'s options with the same names, checks and
 * messages, plus our extras ({@code --help}, {@code -timeout}, {@code -connect_attempts}, {@code -format json},
 * {@code -follow}, {@code -batch}).
 *
 * @param mode  null with {@code -batch} (each line of the batch names its own query)
 * @param batch where {@code -batch} reads its queries ({@code -} for stdin), or null for one query
 */
record ReportArguments(String login, String password, String host, int port, boolean verbose, Mode mode,
                       boolean rawDates, String path, int objectId, String field, String filter, String fields,
                       String separator, Duration timeout, int connectAttempts, boolean json, boolean follow,
                       String batch) {

    enum Mode { LIST, COUNT, CONTENT }

    /** What the command line asks for: run a report, print the usage or the version, or fail. */
    sealed interface Parsed permits Run, ShowUsage, ShowVersion, ShowHelp, Invalid {
    }

    record Run(ReportArguments arguments) implements Parsed {
    }

    /** {@code -V}: usage, exit 0. */
    record ShowUsage() implements Parsed {
    }

    /** {@code -VV}: the version number. */
    record ShowVersion() implements Parsed {
    }

    /** {@code --help}: our extended help. */
    record ShowHelp() implements Parsed {
    }

    /**
     * @param messages   diagnostics, one per line
     * @param badArgument true for an unknown option (printed without the log prefix, like the vendor)
     */
    record Invalid(List<String> messages, boolean badArgument) implements Parsed {
    }

    static Parsed parse(String[] args) {
        String login = null;
        String password = null;
        String host = null;
        int port = 0;
        boolean verbose = false;
        Mode mode = null;
        boolean rawDates = false;
        String path = null;
        int objectId = 0;
        String field = null;
        String filter = "";
        String fields = null;
        String separator = "|";
        Duration timeout = Duration.ofSeconds(30);
        int connectAttempts = 5;
        boolean json = false;
        boolean follow = false;
        String batch = null;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            try {
                switch (a) {
                    case "-V" -> {
                        return new ShowUsage();
                    }
                    case "-VV" -> {
                        return new ShowVersion();
                    }
                    case "--help" -> {
                        return new ShowHelp();
                    }
                    case "-login" -> login = args[++i];
                    case "-password" -> password = args[++i];
                    case "-server" -> {
                        host = args[++i];
                        port = Integer.parseInt(args[++i]);
                    }
                    case "-verbose" -> verbose = true;
                    case "-list" -> mode = Mode.LIST;
                    case "-count" -> mode = Mode.COUNT;
                    case "-content" -> mode = Mode.CONTENT;
                    case "-raw_dates" -> rawDates = true;
                    case "-path" -> path = args[++i];
                    case "-object" -> objectId = Integer.parseUnsignedInt(args[++i]);
                    case "-field" -> field = args[++i];
                    case "-filter" -> filter = args[++i];
                    case "-fields" -> fields = args[++i];
                    case "-separator" -> separator = args[++i];
                    case "-timeout" -> timeout = Duration.ofMillis((long) (Double.parseDouble(args[++i]) * 1000));
                    case "-connect_attempts" -> connectAttempts = Integer.parseInt(args[++i]);
                    case "-format" -> json = switch (args[++i]) {
                        case "json" -> true;
                        case "text" -> false;
                        default -> throw new IllegalArgumentException();
                    };
                    case "-follow" -> follow = true;
                    case "-batch" -> batch = args[++i];
                    default -> {
                        return new Invalid(List.of("Bad argument <" + a + ">"), true);
                    }
                }
            } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
                return new Invalid(List.of("Bad argument <" + a + ">"), true);
            }
        }
        if (login == null) {
            errors.add("-login not specified.");
        }
        if (host == null) {
            errors.add("-server not specified.");
        }
        if (batch != null) {
            if (follow) {
                errors.add("-follow cannot be used with -batch.");
            }
        } else {
            if (mode == null) {
                errors.add("one of -list, -count and -content must be specified.");
            }
            if (path == null) {
                errors.add("-path must be specified.");
            }
        }
        if (mode != null && mode != Mode.CONTENT && field == null) {
            errors.add("-field must be specified.");
        }
        if (mode == Mode.CONTENT && fields == null) {
            errors.add("-fields must be specified.");
        }
        if (port < 1 || port > 65_535) {
            if (host != null) {
                errors.add("-server port must be 1..65535.");
            }
        }
        if (timeout.isNegative() || timeout.isZero()) {
            errors.add("-timeout must be positive.");
        }
        if (connectAttempts < 1) {
            errors.add("-connect_attempts must be at least 1.");
        }
        if (!errors.isEmpty()) {
            return new Invalid(errors, false);
        }
        return new Run(new ReportArguments(login, password == null ? "" : password, host, port, verbose, mode,
                rawDates, path, objectId, field == null ? "" : field, filter, fields, separator, timeout,
                connectAttempts, json, follow, batch));
    }
}
