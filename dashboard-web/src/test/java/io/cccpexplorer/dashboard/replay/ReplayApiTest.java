package io.cccpexplorer.dashboard.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cccpexplorer.dashboard.ManualClock;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay endpoints over real HTTP against a Logger folder synthesized in a temp folder: two projects (ACME,
 * BETA) with the same date, 08:00–10:59 UTC on 2026-02-09, read in Europe/Paris (UTC+1).
 */
class ReplayApiTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate DAY = LocalDate.of(2026, 2, 9);
    private static final Instant START = Instant.parse("2026-02-09T08:00:00Z");
    private static final Instant END = Instant.parse("2026-02-09T10:59:00Z");

    @TempDir
    static Path root;
    static ReplayLogs acme;
    static ReplayLogs beta;
    static ManualClock clock;
    static ReplaySnapshots snapshots;
    static ReplayHttp http;

    @BeforeAll
    static void start() throws IOException {
        acme = ReplayLogs.write(root, TrafficProfile.SMALL.withProject("ACME").withHost("acme-ccxml-1"), 7, START, END);
        beta = ReplayLogs.write(root, TrafficProfile.SMALL.withProject("BETA").withHost("beta-ccxml-1")
                .withCallsPerHour(30), 8, START, END);
        clock = ManualClock.utc("2026-02-10T08:00:00Z");
        snapshots = new ReplaySnapshots(ReplaySettings.of(java.util.Optional.of(root), PARIS)
                .withLimits(2, 4, Duration.ofMinutes(2), Duration.ofMinutes(10), 1_000_000), clock);
        http = new ReplayHttp(new ReplayRoutes(snapshots), clock);
    }

    @AfterAll
    static void stop() {
        if (http != null) {
            http.close();
        }
        if (snapshots != null) {
            snapshots.close();
        }
    }

    @Test
    void listsProjectsWithTheirLocalDaysAndHours() throws Exception {
        ReplayHttp.Answer a = http.get("/api/replay/projects");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("zone").asText()).isEqualTo("Europe/Paris");
        assertThat(a.body().get("projects")).extracting(p -> p.get("project").asText()).containsExactly("ACME", "BETA");
        JsonNode day = a.body().get("projects").get(0).get("days").get(0);
        assertThat(day.get("date").asText()).isEqualTo("2026-02-09");
        assertThat(day.get("files").asInt()).isEqualTo(3);
        // UTC files 08, 09, 10 are Paris hours 09, 10, 11
        assertThat(day.get("hours")).extracting(JsonNode::asInt).containsExactly(9, 10, 11);
    }

    @Test
    void refusesBadInputWithoutTouchingTheFileSystem() throws Exception {
        int before = snapshots.list().size();
        assertError(http.post("/api/replay/snapshots", Map.of("project", "../etc", "date", "2026-02-09")),
                400, "bad_project");
        assertError(http.post("/api/replay/snapshots", Map.of("project", "ACME/../BETA", "date", "2026-02-09")),
                400, "bad_project");
        assertError(http.post("/api/replay/snapshots", Map.of("project", "..", "date", "2026-02-09")),
                400, "bad_project");
        assertError(http.post("/api/replay/snapshots", Map.of("project", "ACME*", "date", "2026-02-09")),
                400, "bad_project");
        assertError(http.post("/api/replay/snapshots", Map.of("date", "2026-02-09")), 400, "project_required");
        assertError(http.post("/api/replay/snapshots",
                Map.of("project", "ACME", "date", "2026-02-30")), 400, "bad_date");
        assertError(http.post("/api/replay/snapshots",
                Map.of("project", "ACME", "date", "2026/02/09")), 400, "bad_date");
        assertError(http.post("/api/replay/snapshots",
                Map.of("project", "ACME", "date", "2026-02-09*")), 400, "bad_date");
        assertError(http.post("/api/replay/snapshots",
                Map.of("project", "ACME", "date", "2026-02-09", "hour", "24")), 400, "bad_hour");
        assertError(http.post("/api/replay/snapshots",
                Map.of("project", "ACME", "date", "2026-02-09", "hour", "-1")), 400, "bad_hour");
        assertError(http.post("/api/replay/snapshots", Map.of("project", "NOPE", "date", "2026-02-09")), 404,
                "project_not_found");
        assertError(http.get("/api/replay/jobs/..%2F..%2Fetc"), 404, "snapshot_not_found");
        assertError(http.get("/api/replay/snapshots/0123456789abcdef/calls"), 404, "snapshot_not_found");
        assertThat(snapshots.list()).hasSize(before);
    }

    @Test
    void aDayLoadsToReadyAndItsCallsPageNewestFirstAndSearch() throws Exception {
        String id = loadReady(Map.of("project", "ACME", "date", "2026-02-09"));
        HourWindow day = HourWindow.of(new SnapshotKey("ACME", DAY, OptionalInt.empty()), PARIS);
        List<String> expected = acme.callsIn(day);
        assertThat(expected).hasSizeGreaterThan(60);

        ReplayHttp.Answer job = http.get("/api/replay/jobs/" + id);
        assertThat(job.body().get("state").asText()).isEqualTo("ready");
        assertThat(job.body().get("files_found").asInt()).isEqualTo(3);
        assertThat(job.body().get("records_loaded").asLong()).isPositive();
        assertThat(job.body().get("percent").asInt()).isEqualTo(100);

        // the same key again is the same snapshot, not a second load
        ReplayHttp.Answer again = http.post("/api/replay/snapshots", Map.of("project", "ACME", "date", "2026-02-09"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("snapshot_id").asText()).isEqualTo(id);

        List<String> seen = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        int pages = http.get(calls(id, 1, 50, null)).body().get("pages").asInt();
        assertThat(pages).isEqualTo((expected.size() + 49) / 50);
        for (int page = 1; page <= pages; page++) {
            JsonNode body = http.get(calls(id, page, 50, null)).body();
            assertThat(body.get("total").asInt()).isEqualTo(expected.size());
            for (JsonNode call : body.get("items")) {
                seen.add(call.get("session_id").asText());
                starts.add(call.get("create_date_iso").asText());
                assertThat(call.get("create_date_iso").asText()).matches("2026-02-09T\\d\\d:\\d\\d:\\d\\d\\+01:00");
                assertThat(call.get("call_type").asText()).isEqualTo("incoming");
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(starts).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        JsonNode some = http.get(calls(id, 1, 200, null)).body().get("items").get(3);
        String caller = some.get("caller").asText();
        assertThat(caller).startsWith("+33199");
        JsonNode byPhone = http.get(calls(id, 1, 200, caller)).body();
        assertThat(byPhone.get("items")).extracting(c -> c.get("caller").asText()).isNotEmpty()
                .allMatch(caller::equals);
        String spaced = caller.substring(0, 4) + " " + caller.substring(4, 7) + "-" + caller.substring(7);
        assertThat(http.get(calls(id, 1, 200, spaced)).body().get("total").asInt())
                .isEqualTo(byPhone.get("total").asInt());
        String session = some.get("session_id").asText();
        assertThat(http.get(calls(id, 1, 200, session)).body().get("items"))
                .extracting(c -> c.get("session_id").asText()).containsExactly(session);
        String minute = some.get("create_date_iso").asText().substring(0, 16);
        assertThat(http.get(calls(id, 1, 200, minute)).body().get("items"))
                .allMatch(c -> c.get("create_date_iso").asText().startsWith(minute));
        assertThat(http.get(calls(id, 1, 200, "no-such-number-9999")).body().get("total").asInt()).isZero();
        assertError(http.get(calls(id, 0, 50, null)), 400, "bad_parameter");

        // answered calls carry their queue and agent (read from the replayed tasks)
        List<JsonNode> all = new ArrayList<>();
        http.get(calls(id, 1, 1000, null)).body().get("items").forEach(all::add);
        assertThat(all).anyMatch(c -> !c.get("agent").asText().equals("-")
                && !c.get("queue_name").asText().equals("-"));
    }

    @Test
    void theConsoleShowsExactlyTheSessionsEvents() throws Exception {
        String id = loadReady(Map.of("project", "ACME", "date", "2026-02-09", "hour", "10"));
        HourWindow hour = HourWindow.of(new SnapshotKey("ACME", DAY, OptionalInt.of(10)), PARIS);
        List<String> expected = acme.callsIn(hour);
        assertThat(expected).isNotEmpty();
        JsonNode callsPage = http.get(calls(id, 1, 500, null)).body();
        assertThat(callsPage.get("total").asInt()).isEqualTo(expected.size());
        String session = expected.get(0);

        ReplayHttp.Answer a = http.get("/api/replay/snapshots/" + id + "/sessions/"
                + ReplayHttp.encode(session) + "/events");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("session").asText()).isEqualTo(session);
        JsonNode columns = a.body().get("columns");
        assertThat(a.body().get("count").asInt()).isEqualTo(columns.size());
        // every recorded event and log line of the session, in order, with its complete data (the replay server may
        // add rows for other record types, e.g. dialogs)
        assertThat(columns).extracting(c -> c.get("name").asText()).containsSubsequence(acme.consoleNames(session));
        assertThat(columns).extracting(c -> c.get("data").asText()).containsSubsequence(acme.consoleData(session));
        assertThat(columns).extracting(c -> c.get("id").asLong()).doesNotHaveDuplicates();
        assertThat(columns).allSatisfy(c -> assertThat(c.get("date").asText())
                .matches("2026-02-09T10:\\d\\d:\\d\\d\\+01:00"));

        // exact match only: a prefix of a real id is not that session
        String prefix = session.substring(0, session.indexOf('@') - 1);
        assertError(http.get("/api/replay/snapshots/" + id + "/sessions/" + ReplayHttp.encode(prefix) + "/events"),
                404, "session_not_found");
    }

    @Test
    void twoProjectsOnTheSameDateAreTwoSnapshots() throws Exception {
        String a = loadReady(Map.of("project", "ACME", "date", "2026-02-09", "hour", "11"));
        String b = loadReady(Map.of("project", "BETA", "date", "2026-02-09", "hour", "11"));
        assertThat(a).isNotEqualTo(b);
        HourWindow hour = HourWindow.of(new SnapshotKey("ACME", DAY, OptionalInt.of(11)), PARIS);

        Set<String> acmeCalls = sessionIds(a);
        Set<String> betaCalls = sessionIds(b);

        assertThat(acmeCalls).containsExactlyInAnyOrderElementsOf(acme.callsIn(hour));
        assertThat(betaCalls).containsExactlyInAnyOrderElementsOf(beta.callsIn(hour));
        assertThat(acmeCalls).doesNotContainAnyElementsOf(betaCalls);
        JsonNode list = http.get("/api/replay/snapshots").body().get("snapshots");
        assertThat(list).filteredOn(s -> s.get("id").asText().equals(a)).singleElement()
                .satisfies(s -> assertThat(s.get("key").asText()).isEqualTo("ACME_2026-02-09_11"));
        assertThat(list).filteredOn(s -> s.get("id").asText().equals(b)).singleElement()
                .satisfies(s -> assertThat(s.get("key").asText()).isEqualTo("BETA_2026-02-09_11"));
        assertThat(http.get("/api/replay/snapshots?project=BETA").body().get("snapshots"))
                .extracting(s -> s.get("project").asText()).containsOnly("BETA");
    }

    @Test
    void deleteStopsTheReplayServerAndKeepsTheLogFiles() throws Exception {
        String id = loadReady(Map.of("project", "BETA", "date", "2026-02-09", "hour", "9"));
        Snapshot s = snapshots.find(id).orElseThrow();
        int port = s.acquire().orElseThrow().port();
        s.release();
        long filesBefore = countFiles();

        ReplayHttp.Answer deleted = http.delete("/api/replay/snapshots/" + id);

        assertThat(deleted.status()).isEqualTo(200);
        assertError(http.get("/api/replay/jobs/" + id), 404, "snapshot_not_found");
        assertError(http.get(calls(id, 1, 10, null)), 404, "snapshot_not_found");
        assertError(http.delete("/api/replay/snapshots/" + id), 404, "snapshot_not_found");
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        assertThat(countFiles()).isEqualTo(filesBefore).isEqualTo(6);
    }

    @Test
    void idleSnapshotsExpireButNeverWhileInUse() throws Exception {
        String id = loadReady(Map.of("project", "BETA", "date", "2026-02-09", "hour", "10"));
        Snapshot s = snapshots.find(id).orElseThrow();

        clock.advance(Duration.ofMinutes(5));
        snapshots.expireIdle();
        assertThat(snapshots.find(id)).as("idle 5 of 10 minutes").isPresent();
        ReplayData inUse = s.acquire().orElseThrow();
        clock.advance(Duration.ofMinutes(30));
        snapshots.expireIdle();
        assertThat(snapshots.find(id)).as("in use").isPresent();
        assertThat(http.get(calls(id, 1, 10, null)).status()).isEqualTo(200);
        // the server releases its use just after the answer is on its way
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (s.users() > 1 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
        assertThat(s.users()).isEqualTo(1);
        s.release();
        clock.advance(Duration.ofMinutes(9));
        snapshots.expireIdle();
        assertThat(snapshots.find(id)).as("idle 9 minutes after its last use").isPresent();
        // listing and job polling (what an open History page does) are not a use
        assertThat(http.get("/api/replay/snapshots").status()).isEqualTo(200);
        assertThat(http.get("/api/replay/jobs/" + id).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));

        assertThat(snapshots.expireIdle()).isPositive();

        assertThat(snapshots.find(id)).isEmpty();
        assertError(http.get("/api/replay/snapshots/" + id), 404, "snapshot_not_found");
        assertThatThrownBy(() -> new Socket("127.0.0.1", inUse.port()).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void aWindowWithoutFilesFailsWithAReason() throws Exception {
        ReplayHttp.Answer a = http.post("/api/replay/snapshots", Map.of("project", "ACME", "date", "2026-02-08"));
        assertThat(a.status()).isEqualTo(202);
        String id = a.body().get("job_id").asText();

        JsonNode job = awaitFinished(id);

        assertThat(job.get("state").asText()).isEqualTo("failed");
        assertThat(job.get("reason").asText()).contains("No log files");
        assertError(http.get(calls(id, 1, 10, null)), 409, "snapshot_failed");
        assertThat(http.delete("/api/replay/snapshots/" + id).status()).isEqualTo(200);
    }

    private static Set<String> sessionIds(String id) throws Exception {
        Set<String> out = new HashSet<>();
        http.get(calls(id, 1, 1000, null)).body().get("items").forEach(c -> out.add(c.get("session_id").asText()));
        return out;
    }

    private static long countFiles() throws IOException {
        try (var files = java.nio.file.Files.walk(root)) {
            return files.filter(java.nio.file.Files::isRegularFile).count();
        }
    }

    private static String calls(String id, int page, int size, String q) {
        return "/api/replay/snapshots/" + id + "/calls?page=" + page + "&size=" + size
                + (q == null ? "" : "&q=" + ReplayHttp.encode(q));
    }

    private static String loadReady(Map<String, String> body) throws Exception {
        ReplayHttp.Answer a = http.post("/api/replay/snapshots", body);
        assertThat(a.status()).as(a.text()).isIn(200, 202);
        assertThat(a.body().get("state").asText()).isIn("queued", "loading", "ready");
        String id = a.body().get("job_id").asText();
        JsonNode job = awaitFinished(id);
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("ready");
        return id;
    }

    private static JsonNode awaitFinished(String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            ReplayHttp.Answer job = http.get("/api/replay/jobs/" + id);
            assertThat(job.status()).as(job.text()).isEqualTo(200);
            String state = job.body().get("state").asText();
            if (state.equals("ready") || state.equals("failed")) {
                return job.body();
            }
            assertThat(System.nanoTime()).as("job %s still %s", id, state).isLessThan(deadline);
            LockSupport.parkNanos(20_000_000);
        }
    }

    private static void assertError(ReplayHttp.Answer a, int status, String code) {
        assertThat(a.status()).as(a.text()).isEqualTo(status);
        assertThat(a.errorCode()).as(a.text()).isEqualTo(code);
    }
}
