package io.cccpexplorer.report.training;

import io.cccpexplorer.report.ReportCommand;
import io.cccpexplorer.report.ReportMain;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The training workload of cccp-report's class-data-sharing archive and of its AOT cache: run with
 * {@code -XX:ArchiveClassesAtExit=cccp-report.jsa}, or under a JDK 25+ with {@code -XX:AOTCacheOutput} by
 * {@link AotCacheBuild} (the build does both after packaging the jar; so does {@code bin/cccp-report --train}),
 * it runs the queries a user runs — ids, rows with dates and expressions, an object, a count, JSON, a batch —
 * against {@link TrainingServer} in this JVM, so that the archive holds every class a real run loads (JDK,
 * Netty, client, report), parsed and verified once at build time.
 */
public final class TrainingRun {

    private TrainingRun() {
    }

    public static void main(String[] args) throws Exception {
        ReportMain.configureProperties();
        List<Integer> codes = train();
        System.out.println("cccp-report training: " + codes.size() + " runs, exit codes " + codes);
        System.exit(codes.stream().allMatch(c -> c == 0) ? 0 : 1);
    }

    /** Runs the workload; returns each run's exit code (all 0 when every path worked). */
    public static List<Integer> train() throws InterruptedException {
        List<Integer> codes = new ArrayList<>();
        try (TrainingServer server = new TrainingServer()) {
            List<String> login = List.of("-login", "train", "-password", "train", "-server", "127.0.0.1",
                    Integer.toString(server.port()), "-path", "/dispatch");
            String fields = "row.object_id;row.session_id;row.user.login;row.create_date;"
                    + "second_duration(row.create_date);row.total_tasks_count * 2;!row.aborted";
            List<List<String>> runs = List.of(
                    List.of("-list", "-field", "sessions", "-filter", ".[session_type eq 1]"),
                    List.of("-list", "-field", "sessions", "-fields", fields, "-separator", ";"),
                    List.of("-list", "-raw_dates", "-field", "sessions", "-fields", fields),
                    List.of("-content", "-object", "100", "-fields", fields),
                    List.of("-count", "-field", "sessions"),
                    List.of("-list", "-field", "sessions", "-fields", fields, "-format", "json"),
                    List.of("-batch", "-"));
            for (List<String> run : runs) {
                List<String> args = new ArrayList<>(login);
                args.addAll(run);
                codes.add(command("-list -field queues -fields row.name\n-count -field users\n")
                        .run(args.toArray(String[]::new)));
            }
        }
        return codes;
    }

    private static ReportCommand command(String stdin) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.ISO_8859_1);
        return new ReportCommand(nowhere, nowhere, Clock.systemUTC(), "cccp-report",
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1)), System::nanoTime);
    }
}
