package io.cccpexplorer.simulator.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.TestRecords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * OPT-IN, never part of CI: the vendor's own {@code ccenter_report} queries our simulator with the original
 * dashboard's invocations (wire spec §7.5 #1, #3, #4, #6, #7) and must get well-formed answers. Needs the
 * peer tools set up ({@code cccp-peer.sh setup}); run with
 * {@code CCCP_PEER=/work/shared/tools/cccp-peer.sh} (the report runs in the host namespace, MODE=host).
 */
@EnabledIfEnvironmentVariable(named = "CCCP_PEER", matches = ".+")
class VendorReportInteropTest {

    private static RunningSimulator sim;
    private static int port;
    private static int callObjectId;

    @BeforeAll
    static void start() throws Exception {
        sim = Simulator.start(SimulatorConfig.builder().serverOffset(TestRecords.OFFSET)
                .project(ProjectConfig.empty("ACME", 0)).build());
        port = sim.project("ACME").port();
        sim.project("ACME").database().apply(new TestRecords()
                .agentLogsIn("user_1@1.1.Ccxml.h", "jdoe", "Jane Doe", 41, "Agent")
                .agentLogsIn("user_2@1.1.Ccxml.h", "sup", "Super Visor", 42, "Superviseur_default")
                .callArrives("session_9@1.1.Ccxml.h", "0199000001", "0199000999")
                .callQueued("session_9@1.1.Ccxml.h", "t1", "SALES")
                .after(30).callAnswered("session_9@1.1.Ccxml.h", "t1", "user_1@1.1.Ccxml.h").take());
        callObjectId = sim.project("ACME").database().read(db -> db.root().list("sessions").items().stream()
                .filter(s -> s.u32("session_type") == 1).findFirst().orElseThrow().id());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static List<String> report(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getenv("CCCP_PEER"), "report", "-login", "admin",
                "-password", "admin", "-server", "127.0.0.1", Integer.toString(port)));
        command.addAll(List.of(args));
        command.addAll(List.of("-separator", "|"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("MODE", "host");
        pb.environment().put("TZ", "UTC");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ccenter_report finished").isTrue();
        assertThat(p.exitValue()).isZero();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1).lines().toList();
    }

    private static void assertRows(List<String> rows, int expectedRows, int columns) {
        assertThat(rows).hasSize(expectedRows);
        for (String row : rows) {
            assertThat(row.split("\\|", -1)).as(row).hasSize(columns + 1);   // every line ends with the separator
        }
    }

    @Test
    void connectedAgents() throws Exception {
        List<String> rows = report("-list", "-path", "/dispatch", "-field", "sessions", "-filter",
                ".[session_type eq 3 and terminate_date eq '']", "-fields",
                "row.object_id;row.project_name;row.user.login;row.user.name;row.phone_contact_uri;row.login_date;"
                        + "row.profile_name;row.current_mode;row.states.last.display_name;row.session_id;"
                        + "row.session_type;row.create_date;row.terminate_date");
        assertRows(rows, 2, 13);
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("|ACME|jdoe|Jane Doe||10:00:00 le 08/02/2026|Agent|"));
    }

    @Test
    void agentsQueues() throws Exception {
        assertRows(report("-list", "-path", "/ccxml", "-field", "sessions", "-fields",
                "row.object_id;row.session_id;row.create_date;row.terminate_date;row.active_queues"), 3, 5);
    }

    @Test
    void calls() throws Exception {
        List<String> rows = report("-list", "-path", "/ccxml", "-field", "sessions", "-fields",
                "row.create_date;row.terminate_date;row.session_id;row.connections.last.incoming;"
                        + "row.connections.last.remote_address;row.connections.last.local_address");
        assertRows(rows, 3, 6);
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("|session_9@1.1.Ccxml.h|1|sip:0199000001@192.0.2.1|"));
    }

    @Test
    void queues() throws Exception {
        List<String> rows = report("-list", "-path", "/dispatch", "-field", "queues", "-fields",
                "row.object_id;row.name;row.queue_type;row.display_name;row.priority;row.logged;row.working;"
                + "row.waiting");
        assertRows(rows, 1, 8);
        assertThat(rows.get(0)).endsWith("|ACME__SALES|queue|SALES|undefined|undefined|undefined|undefined|");
    }

    @Test
    void sessionEvents() throws Exception {
        List<String> rows = report("-list", "-path", "/dispatch", "-object", Integer.toString(callObjectId), "-field",
                "events", "-fields", "row.date;row.source;row.target;row.state;row.name;row.string_data");
        assertRows(rows, 1, 6);
        assertThat(rows.get(0)).isEqualTo("10:00:00 le 08/02/2026|src|tgt|ALERTING|connection.alerting|ringing|");
    }
}
