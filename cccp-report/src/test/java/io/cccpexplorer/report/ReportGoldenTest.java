package io.cccpexplorer.report;

import io.cccpexplorer.report.testing.CaptureScript;
import io.cccpexplorer.report.testing.ReplayServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden tests: each capture's server frames are replayed by a scripted server, cccp-report runs in-process
 * with the command line the capture was taken with, and (1) stdout must equal the vendor's stdout byte for
 * byte, (2) our client frames must equal the vendor client's frames; after them we may only send
 * {@code stop_query} (we release the server's live queries, the vendor just disconnects).
 *
 * <p>Not replayed: D (vendor {@code -count} is broken and sends no query; ours does, by design) and H (a
 * ccenter_update capture).
 */
class ReportGoldenTest {

    /** The vendor captures kept in cccp-protocol's test resources (see the README there). */
    static final Path CAPTURES = Path.of("../cccp-protocol/src/test/resources/captures");
    private static final String LIST = "-list";
    private static final String FILTER = ".[session_type eq 1]";

    static Stream<Arguments> captures() {
        return Stream.of(
                Arguments.of("A_list_sessions_filter_fields", List.of(LIST, "-path", "/dispatch", "-field", "sessions",
                        "-filter", FILTER, "-fields", "row.object_id;row.session_id;row.create_date;row.user.login",
                        "-separator", "|")),
                Arguments.of("B_list_ids_only", List.of(LIST, "-path", "/dispatch", "-field", "sessions",
                        "-filter", FILTER)),
                Arguments.of("C_content_object", List.of("-content", "-path", "/dispatch", "-object", "3854",
                        "-fields", "row.session_id;row.create_date;row.terminate_date;row.session_type")),
                Arguments.of("F_raw_dates", List.of(LIST, "-raw_dates", "-path", "/dispatch", "-field", "sessions",
                        "-filter", FILTER, "-fields", "row.object_id;row.create_date", "-separator", ";")),
                Arguments.of("G_badpass", List.of(LIST, "-path", "/dispatch", "-field", "sessions", "-filter", FILTER)),
                Arguments.of("J_bool", List.of("-content", "-path", "/dispatch", "-object", "3854",
                        "-fields", "row.aborted;row.best_item_rank")),
                Arguments.of("K_real", List.of(LIST, "-path", "/dispatch", "-object", "6", "-field",
                        "duration_statistics", "-fields", "row.name;row.current;row.origin")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void replaysLikeTheVendor(String capture, List<String> query) throws Exception {
        Path frames = CAPTURES.resolve(capture + ".frames.txt");
        Path stdout = CAPTURES.resolve(capture + ".stdout.txt");
        assertThat(frames).as("captures are required (" + CAPTURES + ")").exists();
        CaptureScript script = CaptureScript.read(frames);
        String[] credentials = script.credentials();
        try (ReplayServer server = new ReplayServer(script, 1_000)) {
            List<String> args = new ArrayList<>(List.of("-login", credentials[0], "-password", credentials[1],
                    "-server", "127.0.0.1", Integer.toString(server.port())));
            args.addAll(query);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = new ReportCommand(new PrintStream(out, true, StandardCharsets.ISO_8859_1),
                    new PrintStream(err, true, StandardCharsets.ISO_8859_1), Clock.systemUTC(), "cccp-report")
                    .run(args.toArray(String[]::new));
            server.finished().get(10, TimeUnit.SECONDS);

            assertThat(code).as("exit code, stderr: %s", err).isZero();
            assertThat(new String(out.toByteArray(), StandardCharsets.ISO_8859_1))
                    .isEqualTo(vendorStdout(stdout));
            List<byte[]> ours = server.received();
            List<CaptureScript.Frame> theirs = script.clientFrames();
            assertThat(ours.size()).isGreaterThanOrEqualTo(theirs.size());
            for (int i = 0; i < theirs.size(); i++) {
                assertThat(ours.get(i)).as("client frame %d", i).isEqualTo(theirs.get(i).bytes());
            }
            for (byte[] extra : ours.subList(theirs.size(), ours.size())) {
                assertThat(new CaptureScript.Frame(true, extra).messageId()).as("extra frame id").isEqualTo(10013);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void verboseTracesEveryMessageOnStderrWithThePasswordMasked() throws Exception {
        CaptureScript script = CaptureScript.read(CAPTURES.resolve("A_list_sessions_filter_fields.frames.txt"));
        try (ReplayServer server = new ReplayServer(script, 1_000)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = new ReportCommand(new PrintStream(out, true, StandardCharsets.ISO_8859_1),
                    new PrintStream(err, true, StandardCharsets.ISO_8859_1), Clock.systemUTC(), "cccp-report")
                    .run(new String[] {"-verbose", "-login", "admin", "-password", "admin", "-server", "127.0.0.1",
                            Integer.toString(server.port()), "-list", "-path", "/dispatch", "-field", "sessions",
                            "-filter", FILTER, "-fields",
                            "row.object_id;row.session_id;row.create_date;row.user.login"});

            String trace = err.toString(StandardCharsets.ISO_8859_1);
            assertThat(code).isZero();
            assertThat(trace).contains(" : -> explorer_initialize(client_version=34209932, can_compress=0)",
                    " : -> explorer_login(session_id=1, login=\"admin\", password=\"*****\", instances_count=1, "
                            + "has_been_connected=0)",
                    " : <- explorer_login_ok(session_id=1, user_id=\"\", explorer_id=\"\")",
                    " : -> explorer_query_list(session_id=1, system_id=1, path=\"/dispatch\", object_id=0, "
                            + "field=\"sessions\", filter=\".[session_type eq 1]\", page_size=0, window_field=\"\", "
                            + "window_duration=0)",
                    " : -> explorer_query_object(session_id=1, system_id=2, path=\"/dispatch\", object_id=3854, "
                            + "format_id=1, list_system_id=0)");
            assertThat(trace).doesNotContain("password=\"admin\"");
            assertThat(out.toString(StandardCharsets.ISO_8859_1)).isEqualTo(vendorStdout(
                    CAPTURES.resolve("A_list_sessions_filter_fields.stdout.txt")));
        }
    }

    /** The stdout file without the capture tool's first line ({@code # rc: rc=0}). */
    static String vendorStdout(Path file) throws Exception {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return text.startsWith("# rc:") ? text.substring(text.indexOf('\n') + 1) : text;
    }
}
