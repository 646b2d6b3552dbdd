package io.cccpexplorer.dashboard.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.RlogRecorder;
import io.cccpexplorer.simulator.traffic.SyntheticTraffic;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import when the store fails under it: the first failure is the one reported. */
class LogImportFailureTest {

    @TempDir
    Path dir;

    /**
     * The store loses its calls table after the import's second batch: the next batch's write fails, and so does
     * the day's roll-up that runs after any failure. The write's failure is what the import throws, the roll-up's
     * is attached to it (it used to replace it, so the cause of the failed day was lost).
     */
    @Test
    void aFailedRollUpDoesNotHideTheFailedWrite() throws Exception {
        Path logs = dir.resolve("Logger");
        Instant start = Instant.parse("2026-02-09T08:00:00Z");
        SyntheticTraffic traffic = new SyntheticTraffic(TrafficProfile.SMALL.withProject("ACME"), 7, start,
                ZoneOffset.ofHours(1));
        int records = 0;
        try (RlogRecorder recorder = new RlogRecorder(logs, traffic.source())) {
            for (Instant t = start.plusSeconds(60); !t.isAfter(start.plusSeconds(4 * 3600)); t = t.plusSeconds(60)) {
                for (RlogEntry e : traffic.advanceTo(t)) {
                    recorder.record(e);
                    records++;
                }
            }
        }
        assertThat(records).as("records: at least four batches of the import").isGreaterThan(4_000);
        HistoryService history = HistoryService.open(HistorySettings.embedded(LogImportTest.PARIS),
                dir.resolve("data"), Optional.empty(), Clock.systemUTC());
        try {
            // the progress bar is drawn after each batch handed to the store: at the second, the first is written
            PrintStream progress = new PrintStream(new ByteArrayOutputStream() {
                private int bars;

                @Override
                public synchronized void write(byte[] b, int off, int len) {
                    super.write(b, off, len);
                    for (int i = off; i < off + len; i++) {
                        if (b[i] == '\r' && ++bars == 2) {
                            dropCalls(history);
                        }
                    }
                }
            }, true);
            Throwable thrown = catchThrowable(() -> new LogImport(history, progress)
                    .run("ACME", logs, LogImportTest.DAY, LogImportTest.DAY, false));
            assertThat(thrown).isNotNull();
            assertThat(thrown.getMessage()).doesNotContain("roll-up");
            assertThat(thrown.getSuppressed()).singleElement()
                    .satisfies(s -> assertThat(s.getMessage()).contains("roll-up of ACME failed"));
            assertThat(history.imports().done("ACME", LogImportTest.DAY)).isFalse();
        } finally {
            history.close();
        }
    }

    private static void dropCalls(HistoryService history) {
        try (Connection c = history.database().connection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE calls RENAME TO calls_gone");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
