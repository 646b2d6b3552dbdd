package io.cccpexplorer.protocol.rlog;

import io.cccpexplorer.protocol.rlog.ccxml.Alive;
import io.cccpexplorer.protocol.rlog.ccxml.SessionDelete;
import io.cccpexplorer.protocol.wire.CccpDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.io.output.CloseShieldOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoggerDirectoryTest {

    private static final Instant NINE = Instant.parse("2026-02-08T09:00:00Z");

    @TempDir
    Path root;

    @Test
    void parsesTheLayoutFromTheFolders() {
        Path path = root.resolve("ACME/_/ccenter_ccxml/Ccxml/host1/log_2026_02_08__09_00_00.log");

        assertThat(LogFile.parse(path)).hasValue(new LogFile(path, LogSource.ccxml("ACME", "host1"), NINE));
        assertThat(LogFile.parse(root.resolve("ACME/_/ccenter_ccxml/Ccxml/host1/notes.txt"))).isEmpty();
        assertThat(LogFile.parse(root.resolve("ACME/_/ccenter_ccxml/Ccxml/host1/log_2026_13_08__09_00_00.log")))
                .isEmpty();
        assertThat(LogFile.fileName(NINE.plusSeconds(3599))).isEqualTo("log_2026_02_08__09_00_00.log");
    }

    @Test
    void listsProjectsAndTheFilesOfOneDay() throws IOException {
        touch("ACME", "host1", "log_2026_02_07__23_00_00.log");
        touch("ACME", "host1", "log_2026_02_08__00_00_00.log");
        touch("ACME", "host2", "log_2026_02_08__09_00_00.log");
        touch("ACME", "host1", "log_2026_02_09__00_00_00.log");
        touch("GLOBEX", "host1", "log_2026_02_08__09_00_00.log");
        Files.writeString(root.resolve("ACME/readme.txt"), "not a log");

        LoggerDirectory directory = new LoggerDirectory(root);

        assertThat(directory.projects()).containsExactly("ACME", "GLOBEX");
        assertThat(directory.files("ACME", LocalDate.of(2026, 2, 8)))
                .extracting(f -> f.source().host() + "/" + f.path().getFileName())
                .containsExactly("host1/log_2026_02_08__00_00_00.log", "host2/log_2026_02_08__09_00_00.log");
        // a CET day starts at 23:00 UTC the day before and ends before 23:00 UTC
        assertThat(directory.files("ACME", LocalDate.of(2026, 2, 8), ZoneOffset.ofHours(1)))
                .extracting(f -> f.path().getFileName().toString())
                .containsExactly("log_2026_02_07__23_00_00.log", "log_2026_02_08__00_00_00.log",
                        "log_2026_02_08__09_00_00.log");
    }

    @Test
    void toleratesADeeperFolder() throws IOException {
        touch("ACME", "host1", "log_2026_02_08__09_00_00.log");

        LoggerDirectory deeper = new LoggerDirectory(root.resolve("ACME/_/ccenter_ccxml"));

        assertThat(deeper.projects()).containsExactly("ACME");
        assertThat(deeper.files("ACME", LocalDate.of(2026, 2, 8))).hasSize(1);
    }

    @Test
    void missingRootIsAClearError() {
        assertThatThrownBy(() -> new LoggerDirectory(root.resolve("nope")).projects())
                .hasMessageEndingWith("nope: not a directory");
    }

    @Test
    void recorderRollsPerUtcHourAndNumbersPerFile() throws IOException {
        LogSource source = LogSource.ccxml("ACME", "host1");
        try (RlogRecorder recorder = new RlogRecorder(root, source)) {
            assertThat(recorder.record(at(NINE.plusSeconds(10)), Alive.INSTANCE).recordNumber()).isEqualTo(1);
            assertThat(recorder.record(at(NINE.plusSeconds(3599)), Alive.INSTANCE).recordNumber()).isEqualTo(2);
            assertThat(recorder.record(at(NINE.plusSeconds(3600)), Alive.INSTANCE).recordNumber()).isEqualTo(1);
            // a clock step back stays in the open file
            assertThat(recorder.record(at(NINE.plusSeconds(3000)), Alive.INSTANCE).recordNumber()).isEqualTo(2);
            assertThat(recorder.currentFile().getFileName()).hasToString("log_2026_02_08__10_00_00.log");
        }
        try (RlogRecorder restarted = new RlogRecorder(root, source)) {
            assertThat(restarted.record(at(NINE.plusSeconds(3700)), new SessionDelete("s")).recordNumber())
                    .isEqualTo(3);
        }

        List<LogFile> files = new LoggerDirectory(root).files("ACME", LocalDate.of(2026, 2, 8));
        assertThat(files).extracting(LogFile::hour).containsExactly(NINE, NINE.plusSeconds(3600));
        try (RlogReader reader = RlogReader.open(files.get(1).path())) {
            assertThat(reader.stream().map(RlogEntry::recordNumber).toList()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void mergesHostsIntoOneTimeOrderedStream() throws IOException {
        LogSource a = LogSource.ccxml("ACME", "host-a");
        LogSource b = LogSource.ccxml("ACME", "host-b");
        try (RlogRecorder ra = new RlogRecorder(root, a); RlogRecorder rb = new RlogRecorder(root, b)) {
            for (int i = 0; i < 9; i++) {
                ra.record(at(NINE.plusSeconds(i * 1000L)), new SessionDelete("a" + i));        // spans 3 hours
                rb.record(at(NINE.plusSeconds(i * 1000L + 500)), new SessionDelete("b" + i));
            }
            ra.record(at(NINE.plusSeconds(9000)), new SessionDelete("a9"));
            rb.record(at(NINE.plusSeconds(9000)), new SessionDelete("tie-b"));   // same date: source order decides
            rb.record(at(NINE.plusSeconds(9500)), new SessionDelete("b9"));
        }
        List<LogFile> files = new LoggerDirectory(root).files("ACME", LocalDate.of(2026, 2, 8));
        assertThat(files).hasSize(6);

        List<String> ids = new ArrayList<>();
        try (RlogMerge merge = LoggerDirectory.merge(files, RlogReadOptions.STRICT)) {
            merge.forEachRemaining(m -> ids.add(((SessionDelete) m.entry().record()).sessionId() + "@"
                    + m.file().source().host()));
        }

        assertThat(ids).startsWith("a0@host-a", "b0@host-b", "a1@host-a", "b1@host-b")
                .endsWith("a9@host-a", "tie-b@host-b", "b9@host-b");
        assertThat(ids).hasSize(21);
    }

    @Test
    void mergeStreamIsOrderedByDate() throws IOException {
        try (RlogRecorder ra = new RlogRecorder(root, LogSource.ccxml("ACME", "x"));
             RlogRecorder rb = new RlogRecorder(root, LogSource.ccxml("ACME", "y"))) {
            for (int i = 0; i < 200; i++) {
                (i % 3 == 0 ? rb : ra).record(at(NINE.plusMillis(i * 97L)), Alive.INSTANCE);
            }
        }
        List<LogFile> files = new LoggerDirectory(root).files("ACME");
        try (RlogMerge merge = LoggerDirectory.merge(files, RlogReadOptions.STRICT)) {
            List<CccpDate> dates = merge.stream().map(m -> m.entry().date()).toList();
            assertThat(dates).hasSize(200).isSorted();
        }
    }

    @Test
    void readsBzip2FilesLikePlainOnes() throws IOException {
        LogSource source = LogSource.ccxml("ACME", "host1");
        try (RlogRecorder recorder = new RlogRecorder(root, source)) {
            for (int i = 0; i < 300; i++) { // two hours: the first gets compressed, the second stays plain
                recorder.record(at(NINE.plusSeconds(i * 20L)), new SessionDelete("s" + i));
            }
        }
        Path plain = source.folder(root).resolve("log_2026_02_08__09_00_00.log");
        List<String> expected;
        try (RlogReader reader = RlogReader.open(plain)) {
            expected = reader.stream().map(e -> ((SessionDelete) e.record()).sessionId()).toList();
        }
        // what the Logger host's rotation does: bzip2 the closed hour, in two concatenated streams as pbzip2 writes
        byte[] bytes = Files.readAllBytes(plain);
        Path compressed = plain.resolveSibling(plain.getFileName() + ".bz2");
        try (OutputStream out = Files.newOutputStream(compressed)) {
            for (byte[] part : new byte[][] {Arrays.copyOf(bytes, 1000),
                    Arrays.copyOfRange(bytes, 1000, bytes.length)}) {
                try (BZip2CompressorOutputStream bz =
                        new BZip2CompressorOutputStream(CloseShieldOutputStream.wrap(out))) {
                    bz.write(part);
                }
            }
        }
        LoggerDirectory directory = new LoggerDirectory(root);
        // both present (compressed while listing): the hour is read once, from the plain file
        assertThat(directory.files("ACME")).extracting(f -> f.path().getFileName().toString())
                .containsExactly("log_2026_02_08__09_00_00.log", "log_2026_02_08__10_00_00.log");
        Files.delete(plain);

        List<LogFile> files = directory.files("ACME", LocalDate.of(2026, 2, 8));
        assertThat(files).extracting(LogFile::compressed).containsExactly(true, false);
        assertThat(files.get(0).hour()).isEqualTo(NINE);
        try (RlogReader reader = RlogReader.open(files.get(0).path())) {
            assertThat(reader.stream().map(e -> ((SessionDelete) e.record()).sessionId()).toList())
                    .isEqualTo(expected).hasSize(180);
        }
        try (RlogMerge merge = LoggerDirectory.merge(files, RlogReadOptions.STRICT)) {
            assertThat(merge.stream().map(m -> ((SessionDelete) m.entry().record()).sessionId()).toList())
                    .hasSize(300).startsWith("s0", "s1").endsWith("s299");
        }
    }

    @Test
    void aBz2FileThatIsNotBzip2IsAClearError() throws IOException {
        touch("ACME", "host1", "log_2026_02_08__09_00_00.log.bz2");
        Path file = LogSource.ccxml("ACME", "host1").folder(root).resolve("log_2026_02_08__09_00_00.log.bz2");
        Files.writeString(file, "plain text");
        assertThatThrownBy(() -> RlogReader.open(file)).hasMessageContaining("not a bzip2 file")
                .hasMessageContaining("log_2026_02_08__09_00_00.log.bz2");
    }

    private static CccpDate at(Instant instant) {
        return CccpDate.of(instant, ZoneOffset.ofHours(1));
    }

    private void touch(String project, String host, String name) throws IOException {
        Path folder = LogSource.ccxml(project, host).folder(root);
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), new byte[0]);
    }
}
