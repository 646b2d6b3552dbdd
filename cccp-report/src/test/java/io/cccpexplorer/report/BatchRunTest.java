package io.cccpexplorer.report;

import io.cccpexplorer.client.testing.FakeDispatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.cccpexplorer.client.testing.FakeDispatch.str;
import static io.cccpexplorer.client.testing.FakeDispatch.u32;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code -batch}: many queries, one connection, each answer closed by an end line; bad lines do not stop it. */
class BatchRunTest {

    private FakeDispatch server;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        server = new FakeDispatch();
        server.put("sessions", 3854, Map.of("session_id", str("s1"), "total_tasks_count", u32(12)));
        server.put("sessions", 7143, Map.of("session_id", str("s2"), "total_tasks_count", u32(3)));
        server.put("queues", 6, Map.of("name", str("Support \"N1\"")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(String stdin, String... extra) {
        List<String> args = new ArrayList<>(List.of("-login", "a", "-password", "b", "-server", "127.0.0.1",
                Integer.toString(server.port()), "-path", "/dispatch"));
        args.addAll(List.of(extra));
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1_770_541_426L), ZoneOffset.UTC);
        return new ReportCommand(new PrintStream(out, true, StandardCharsets.ISO_8859_1),
                new PrintStream(err, true, StandardCharsets.ISO_8859_1), clock, "cccp-report",
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.ISO_8859_1)), System::nanoTime)
                .run(args.toArray(String[]::new));
    }

    private String stdout() {
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void answersEveryLineOverOneConnectionWithAnEndLineEach() throws Exception {
        String batch = """
                -count -field sessions
                # a comment, then a blank line

                -list -field sessions -fields 'row.session_id;row.total_tasks_count * 2' -separator ";"
                -content -object 6 -fields "row.name"
                """;

        assertThat(run(batch, "-batch", "-")).isZero();

        assertThat(stdout()).isEqualTo("""
                2
                # end 1 exit 0
                s1;24;
                s2;6;
                # end 4 exit 0
                Support "N1"|
                # end 5 exit 0
                """);
        assertThat(err.toString(StandardCharsets.ISO_8859_1)).isEmpty();
        assertThat(server.liveQueries()).isZero();
    }

    @Test
    void aBadOrSilentLineIsReportedWithItsNumberAndTheBatchGoesOn() {
        String batch = """
                -list -field sessions -fields "row.session_id
                -list -field nosuch -timeout 0.3
                -server 127.0.0.1 1 -count -field sessions
                -count -field sessions
                """;

        assertThat(run(batch, "-batch", "-")).isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);

        assertThat(stdout()).isEqualTo("""
                # end 1 exit 2
                # end 2 exit 6
                # end 3 exit 2
                2
                # end 4 exit 0
                """);
        assertThat(err.toString(StandardCharsets.ISO_8859_1))
                .contains("line 1: unclosed \" in:")
                .contains("line 2: query_list nosuch on object 0 timed out after 300 ms (-timeout)")
                .contains("line 3: -server belongs on the command line, not in a batch line.");
    }

    @Test
    void jsonLinesCarryTheQueryNumber(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("queries.txt");
        Files.writeString(file, "-content -object 6 -fields row.name\n-count -field sessions\n");

        assertThat(run("", "-format", "json", "-batch", file.toString())).isZero();

        assertThat(stdout()).isEqualTo("""
                {"query":1,"object_id":6,"row.name":"Support \\"N1\\""}
                {"query":1,"end":true,"exit":0}
                2
                {"query":2,"end":true,"exit":0}
                """);
    }

    @Test
    void aMissingBatchFileIsABadArgument(@TempDir Path dir) {
        assertThat(run("", "-batch", dir.resolve("none.txt").toString())).isEqualTo(ReportCommand.EXIT_BAD_ARGUMENTS);
        assertThat(err.toString(StandardCharsets.ISO_8859_1)).contains("cannot read -batch");
    }
}
