package io.cccpexplorer.report;

import io.cccpexplorer.client.testing.FakeDispatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.cccpexplorer.client.testing.FakeDispatch.date;
import static io.cccpexplorer.client.testing.FakeDispatch.str;
import static io.cccpexplorer.client.testing.FakeDispatch.u32;
import static org.assertj.core.api.Assertions.assertThat;

/** What cccp-report does better than the vendor: -count, -timeout, -format json; and Latin-1 pass-through. */
class ReportExtrasTest {

    private FakeDispatch server;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        server = new FakeDispatch();
        server.put("sessions", 3854, Map.of("session_id", str("session_1"),
                "user.name", str("Ren\u00e9e \u00c9t\u00e9"),
                "create_date", date(1_770_541_426L, 3600), "total_tasks_count", u32(12)));
        server.put("sessions", 7143, Map.of("session_id", str("session_2"), "total_tasks_count", u32(3)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(String... query) {
        List<String> args = new ArrayList<>(List.of("-login", "a", "-password", "b", "-server", "127.0.0.1",
                Integer.toString(server.port())));
        args.addAll(List.of(query));
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1_770_541_426L + 90), ZoneOffset.UTC);
        return new ReportCommand(new PrintStream(out, true, StandardCharsets.ISO_8859_1),
                new PrintStream(err, true, StandardCharsets.ISO_8859_1), clock, "cccp-report")
                .run(args.toArray(String[]::new));
    }

    private String stdout() {
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void countPrintsTheNumberOfItems() {
        assertThat(run("-count", "-path", "/dispatch", "-field", "sessions")).isZero();
        assertThat(stdout()).isEqualTo("2\n");
    }

    @Test
    void silenceEndsWithExitSixAndTheQueryNamed() {
        assertThat(run("-list", "-path", "/dispatch", "-field", "nosuch", "-timeout", "0.3")).isEqualTo(6);
        assertThat(err.toString(StandardCharsets.ISO_8859_1))
                .contains("query_list nosuch on object 0 timed out after 300 ms");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void latin1BytesPassThroughAndExpressionsUseTheInjectedClock() {
        assertThat(run("-content", "-path", "/dispatch", "-object", "3854", "-fields",
                "row.user.name;second_duration(row.create_date);row.total_tasks_count * 2")).isZero();
        assertThat(out.toByteArray())
                .isEqualTo("Ren\u00e9e \u00c9t\u00e9|90|24|\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void jsonFormatPrintsOneObjectPerRow() {
        assertThat(run("-content", "-path", "/dispatch", "-object", "3854", "-format", "json", "-fields",
                "row.session_id;row.create_date;row.nothing;row.total_tasks_count")).isZero();
        assertThat(stdout()).isEqualTo("{\"object_id\":3854,\"row.session_id\":\"session_1\","
                + "\"row.create_date\":\"2026-02-08T10:03:46+01:00\",\"row.nothing\":null,"
                + "\"row.total_tasks_count\":12}\n");
    }
}
