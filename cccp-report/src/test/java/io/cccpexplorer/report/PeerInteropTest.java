package io.cccpexplorer.report;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OPT-IN interoperability test, never in CI: the vendor's real {@code ccenter_report} and our
 * {@code bin/cccp-report} run the same command lines against the vendor's real {@code ccenter_dispatch}
 * (replaying the public sample logs), and their stdout must be byte-identical. The vendor's run must end with
 * status 0 and, except for the queries the replayed days answer with no row ({@code NO_ROWS}), print rows: a
 * dispatch that is down or silent made both programs print nothing, and the comparison alone passed.
 *
 * <p>Setup (as root, see the header of {@code /work/shared/tools/cccp-peer.sh}; nothing it unpacks may enter
 * the repository): {@code cccp-peer.sh setup && cccp-peer.sh start 35000}, build the jar
 * ({@code mvn -pl cccp-report -am package}), then run with {@code CCCP_PEER=/work/shared/tools/cccp-peer.sh}
 * (and {@code CCCP_PEER_PORT} if not 35000). Both clients run through {@code cccp-peer.sh report|exec} so they
 * share the dispatch's network namespace.
 */
@Tag("interop")
@EnabledIfEnvironmentVariable(named = "CCCP_PEER", matches = ".+")
class PeerInteropTest {

    private static final String AGENTS = ".[session_type eq 3 and terminate_date eq '']";
    /** A list that matches nothing: the vendor prints nothing at all, so must we (-follow keeps that). */
    private static final List<String> NO_SESSION = List.of("-list", "-path", "/dispatch", "-field", "sessions",
            "-filter", ".[session_type eq 99]", "-fields", "row.object_id;row.session_id", "-separator", "|");
    /** The queues of /dispatch: none in the replayed days (the vendor printed 0 bytes, exit 0, 2026-12-06). */
    private static final List<String> QUEUES = List.of("-list", "-path", "/dispatch", "-field", "queues", "-fields",
            "row.object_id;row.name;row.queue_type;row.display_name;row.priority;row.logged;row.working;row.waiting");
    /** The queries the replayed days answer with no row; every other one must give the vendor's program rows. */
    private static final Set<List<String>> NO_ROWS = Set.of(NO_SESSION, QUEUES);

    static Stream<List<String>> queries() {
        return Stream.of(
                List.of("-list", "-path", "/dispatch", "-field", "sessions"),
                NO_SESSION,
                List.of("-list", "-path", "/dispatch", "-field", "sessions", "-filter", ".[session_type eq 1]",
                        "-fields", "row.object_id;row.session_id;row.create_date;row.terminate_date"),
                List.of("-list", "-path", "/dispatch", "-field", "sessions", "-filter", AGENTS, "-fields",
                        "row.object_id;row.project_name;row.user.login;row.user.name;row.phone_contact_uri;"
                                + "row.login_date;row.profile_name;row.current_mode;row.states.last.display_name;"
                                + "row.session_id;row.session_type;row.create_date;row.terminate_date",
                        "-separator", "|"),
                List.of("-list", "-path", "/ccxml", "-field", "sessions", "-fields",
                        "row.object_id;row.session_id;row.create_date;row.terminate_date;row.active_queues"),
                List.of("-list", "-path", "/ccxml", "-field", "sessions", "-fields",
                        "row.create_date;row.terminate_date;row.session_id;row.connections.last.incoming;"
                                + "row.connections.last.remote_address;row.connections.last.local_address"),
                QUEUES,
                List.of("-list", "-raw_dates", "-path", "/dispatch", "-field", "users", "-fields",
                        "row.login;row.name;row.last_state_date", "-separator", ";"),
                List.of("-list", "-path", "/dispatch", "-object", "6", "-field", "duration_statistics", "-fields",
                        "row.name;row.current;row.origin"),
                List.of("-content", "-path", "/dispatch", "-object", "3854", "-fields",
                        "row.session_id;row.create_date;row.terminate_date;row.session_type;row.aborted"),
                List.of("-list", "-path", "/dispatch", "-object", "3854", "-field", "events", "-fields",
                        "row.date;row.source;row.target;row.state;row.name;row.string_data"));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void sameBytesAsTheVendor(List<String> query) throws Exception {
        String peer = System.getenv("CCCP_PEER");
        String port = System.getenv().getOrDefault("CCCP_PEER_PORT", "35000");
        List<String> common = new ArrayList<>(List.of("-login", "admin", "-password", "admin", "-server",
                "127.0.0.1", port));
        common.addAll(query);

        // the vendor client waits forever on silence: `timeout` bounds both runs
        List<String> vendor = new ArrayList<>(List.of("timeout", "60", peer, "report"));
        vendor.addAll(common);
        List<String> ours = new ArrayList<>(List.of("timeout", "60", peer, "exec",
                Path.of("bin/cccp-report").toAbsolutePath().toString()));
        ours.addAll(common);

        // the vendor's run first, checked on its own: with its dispatch down (or not answering) both programs
        // print nothing, and comparing the two outputs alone passed every query
        Run theirs = run(vendor);
        assertThat(theirs.exit()).as("exit status of the vendor's ccenter_report (124: no answer within the "
                + "timeout; is its dispatch up on port %s?) for %s", port, query).isZero();
        if (!NO_ROWS.contains(query)) {
            assertThat(theirs.stdout()).as("the vendor's output for a query the replayed days answer with rows "
                    + "(is its dispatch up on port %s, its days loaded?): %s", port, query).isNotEmpty();
        }
        assertThat(run(ours).stdout()).isEqualTo(theirs.stdout());
    }

    /** What a program printed on stdout, and its exit status. */
    private record Run(byte[] stdout, int exit) {
    }

    private static Run run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        if (!p.waitFor(70, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("no end within 60 s: " + command);
        }
        return new Run(out.toByteArray(), p.exitValue());
    }
}
