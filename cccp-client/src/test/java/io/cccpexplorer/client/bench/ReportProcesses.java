package io.cccpexplorer.client.bench;

import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.RowFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The original dashboard's refresh as it really ran: {@code get_users_and_calls.py} started {@code ccenter_report}
 * four times, one process after the other, each connecting, logging in, listing and exiting (see the reference's
 * original-dashboard.md, "Refresh pipeline"). This runs the same four views of {@link ClientBenchmark} that way,
 * with our {@code cccp-report} launcher as the local stand-in or, when {@code CCCP_PEER} names the vendor wrapper
 * {@code cccp-peer.sh}, the vendor's own binary through {@code cccp-peer.sh report} (with {@code MODE=host} so that
 * it reaches the loopback simulator; the wrapper's own cost is included).
 */
final class ReportProcesses {

    private static final long PROCESS_DEADLINE_SECONDS = 120;

    private final String name;
    private final List<String> command;
    private final List<String> environment;
    private final int port;

    private ReportProcesses(String name, List<String> command, List<String> environment, int port) {
        this.name = name;
        this.command = command;
        this.environment = environment;
        this.port = port;
    }

    /** The vendor's binary when {@code CCCP_PEER} is set, else our launcher if it exists, else nothing. */
    static Optional<ReportProcesses> find(int port) {
        String peer = System.getenv("CCCP_PEER");
        if (peer != null && !peer.isBlank()) {
            return Optional.of(new ReportProcesses("vendor-ccenter_report", List.of(peer, "report"),
                    List.of("MODE", "host"), port));
        }
        Path launcher = Path.of(System.getProperty("cccp.report", "cccp-report/bin/cccp-report"));
        if (!Files.isExecutable(launcher)) {
            return Optional.empty();
        }
        return Optional.of(new ReportProcesses("cccp-report-processes", List.of(launcher.toString()), List.of(),
                port));
    }

    /** The command-line name of this baseline, as the BENCH summary line gives it. */
    String name() {
        return name;
    }

    String describe() {
        return "four " + (name.startsWith("vendor") ? "vendor ccenter_report" : "cccp-report")
                + " processes one by one";
    }

    /**
     * Runs the four report processes one after the other.
     *
     * @return nanoseconds from the first start to the last exit
     */
    long refresh() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        for (int i = 0; i < ClientBenchmark.QUERIES.size(); i++) {
            run(arguments(ClientBenchmark.QUERIES.get(i), ClientBenchmark.FORMATS.get(i)));
        }
        return System.nanoTime() - t0;
    }

    /** The vendor's options for one view, as {@code get_users_and_calls.py} passed them (fields as {@code row.x}). */
    private List<String> arguments(ListQuery query, RowFormat format) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("-login", "bench", "-password", "bench", "-server", "127.0.0.1", String.valueOf(port),
                "-list", "-path", query.path(), "-field", query.field()));
        if (!query.filter().isEmpty()) {
            args.addAll(List.of("-filter", query.filter()));
        }
        args.addAll(List.of("-fields", format.paths().stream().map(p -> "row." + p)
                .collect(Collectors.joining(";")), "-separator", "|"));
        return args;
    }

    private void run(List<String> args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.INHERIT);
        for (int i = 0; i < environment.size(); i += 2) {
            builder.environment().put(environment.get(i), environment.get(i + 1));
        }
        Process process = builder.start();
        // the original read every row; so does the baseline (and a full pipe would stall the process)
        try (InputStream out = process.getInputStream()) {
            out.transferTo(OutputStream.nullOutputStream());
        }
        if (!process.waitFor(PROCESS_DEADLINE_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("report process did not end within " + PROCESS_DEADLINE_SECONDS + " s: "
                    + args);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("report process failed (exit " + process.exitValue() + "): " + args);
        }
    }
}
