package io.cccpexplorer.report;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpClientOptions;
import io.cccpexplorer.client.CccpConnection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@code -batch SOURCE}: one connection, then one query per line of SOURCE (a file, or {@code -} for stdin),
 * so that a script pays the start-up and the login once. A line holds the query options of one run
 * ({@code -list -path /dispatch -field queues -fields "row.name"}, quoted as in a shell); the command line's other
 * options are its defaults. Blank lines and lines starting with {@code #} are skipped. After each query's rows
 * comes an end line: {@code # end N exit C} (text) or {@code {"query":N,"end":true,"exit":C}} (JSON lines, whose
 * rows also carry {@code "query":N}), N being the line number. Errors go to stderr prefixed {@code line N:}, and
 * the batch goes on; the exit code is the first non-zero one.
 */
final class BatchRun {

    /** Options that belong to the connection: a batch line may not change them. */
    private static final Set<String> CONNECTION_OPTIONS =
            Set.of("-login", "-password", "-server", "-verbose", "-connect_attempts", "-batch", "-follow");

    private final ReportCommand command;
    private final ReportArguments arguments;
    private final List<String> defaults;

    BatchRun(ReportCommand command, ReportArguments arguments, String[] args) {
        this.command = command;
        this.arguments = arguments;
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        int at = rest.indexOf("-batch");
        rest.subList(at, at + 2).clear();
        this.defaults = rest;
    }

    int run() {
        BufferedReader lines;
        try {
            lines = "-".equals(arguments.batch())
                    ? new BufferedReader(new InputStreamReader(command.stdin(), StandardCharsets.ISO_8859_1))
                    : Files.newBufferedReader(Path.of(arguments.batch()), StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            command.err().println(ReportUsage.logLine("cannot read -batch " + arguments.batch() + ": " + e));
            return ReportCommand.EXIT_BAD_ARGUMENTS;
        }
        try (lines; CccpClient client = CccpClient.create(new CccpClientOptions(1))) {
            CccpConnection conn;
            try {
                conn = command.connect(client, arguments,
                        RunDeadline.start(arguments.timeout(), command.nanoTime()));
            } catch (ReportCommand.ConnectFailure f) {
                return f.exitCode();
            }
            try {
                int exit = ReportCommand.EXIT_OK;
                int number = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    number++;
                    String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                        continue;
                    }
                    int code = runLine(conn, number, trimmed);
                    exit = exit == ReportCommand.EXIT_OK ? code : exit;
                }
                return exit;
            } finally {
                conn.close();
            }
        } catch (IOException e) {
            command.err().println(ReportUsage.logLine("cannot read -batch " + arguments.batch() + ": " + e));
            return ReportCommand.EXIT_BAD_ARGUMENTS;
        } finally {
            command.out().flush();
        }
    }

    private int runLine(CccpConnection conn, int number, String line) {
        String prefix = "line " + number + ": ";
        ReportArguments a = null;
        ReportQuery query = null;
        int code;
        try {
            List<String> tokens = CommandLine.split(line);
            for (String t : tokens) {
                if (CONNECTION_OPTIONS.contains(t)) {
                    throw new IllegalArgumentException(t + " belongs on the command line, not in a batch line.");
                }
            }
            List<String> all = new ArrayList<>(defaults);
            all.addAll(tokens);
            ReportArguments.Parsed parsed = ReportArguments.parse(all.toArray(String[]::new));
            if (parsed instanceof ReportArguments.Invalid invalid) {
                throw new IllegalArgumentException(String.join(" ", invalid.messages()));
            } else if (!(parsed instanceof ReportArguments.Run run)) {
                throw new IllegalArgumentException("a batch line is a query (-list, -count or -content).");
            } else {
                a = run.arguments();
                query = ReportCommand.query(a);
            }
            code = ReportCommand.EXIT_OK;
        } catch (IllegalArgumentException e) {
            command.err().println(ReportUsage.logLine(prefix + e.getMessage()));
            code = ReportCommand.EXIT_BAD_ARGUMENTS;
        }
        ReportArguments format = a != null ? a : arguments;
        RowPrinter printer = RowPrinter.of(command.out(), command.clock(),
                query != null ? query.columns() : List.of(), format, number);
        if (query != null) {
            try {
                query.run(conn, printer, RunDeadline.start(a.timeout(), command.nanoTime()));
            } catch (RuntimeException e) {
                code = command.failed(e, prefix);
            }
        }
        printer.line(format.json() ? new JsonLine().put("query", number).put("end", true).put("exit", code).toString()
                : "# end " + number + " exit " + code);
        printer.flush();
        return code;
    }
}
