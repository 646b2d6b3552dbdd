package io.cccpexplorer.dashboard.history;

import static io.cccpexplorer.dashboard.history.LiveRecorderTest.answeredCall;
import static io.cccpexplorer.dashboard.history.LiveRecorderTest.awaitTrue;
import static io.cccpexplorer.dashboard.history.LiveRecorderTest.ended;
import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.ManualClock;
import io.cccpexplorer.dashboard.config.MysqlSettings;
import io.cccpexplorer.dashboard.feed.FeedListener;
import io.cccpexplorer.history.WriterLease;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two dashboard nodes on one MariaDB schema (the real server at 127.0.0.1:3306 that {@code .ci/run} starts), both
 * watching the same project: one writes it (the writer lease), the other only reads; when the writer dies without
 * giving the lease up, the other takes over once the lease expired, and reads everything either wrote.
 */
class TwoNodesTest {

    static final MysqlSettings MARIADB = new MysqlSettings("127.0.0.1", 3306, "root", "", "unused");

    @TempDir
    Path dir;

    final String schema = "cccp_test_nodes_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    final ManualClock clock = ManualClock.utc("2026-02-10T08:00:00Z");

    HistoryService node(String id) {
        return HistoryService.open(HistorySettings.embedded(ZoneId.of("Europe/Paris")).withMysqlSchema(schema)
                .withNodeId(id), dir.resolve(id), Optional.of(MARIADB), clock);
    }

    @AfterEach
    void dropSchema() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306", "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
        }
    }

    @Test
    void oneNodeWritesAProjectTheOtherReadsAndTakesOverWhenTheWriterDies() throws Exception {
        SessionEventSource noRows = id -> CompletableFuture.completedFuture(List.of());
        HistoryService a = node("node-a");
        try (HistoryService b = node("node-b")) {
            LiveRecorder recordA = a.startRecording(1000);
            LiveRecorder recordB = b.startRecording(1000);
            FeedListener feedA = recordA.listener("ACME", noRows);
            FeedListener feedB = recordB.listener("ACME", noRows);

            // both nodes see the same call end; the first to ask gets the lease, the other leaves the rows to it
            feedA.onCallEnded(ended(answeredCall("c1")));
            awaitTrue(() -> recordA.written() >= 1);
            feedB.onCallEnded(ended(answeredCall("c1")));
            awaitTrue(() -> recordB.leftToLeaseHolder() >= 1);
            assertThat(recordB.written()).isZero();
            assertThat(recordB.health()).extractingByKey("writer").isEqualTo(java.util.Map.of("ACME", false));
            assertThat(b.calls().call("ACME", "c1")).isPresent(); // readers everywhere

            // the writer dies (no orderly release): the other node waits for the lease to expire, then writes
            a.database().close();
            feedB.onCallEnded(ended(answeredCall("c2")));
            awaitTrue(() -> recordB.leftToLeaseHolder() >= 2);
            assertThat(b.calls().call("ACME", "c2")).isEmpty();
            clock.advance(WriterLease.DEFAULT_LENGTH.plus(Duration.ofSeconds(1)));
            feedB.onCallEnded(ended(answeredCall("c3")));
            awaitTrue(() -> recordB.written() >= 1);
            assertThat(b.calls().call("ACME", "c3")).isPresent();
            assertThat(recordB.health()).extractingByKey("writer").isEqualTo(java.util.Map.of("ACME", true));
        } finally {
            a.close();
        }
    }
}
